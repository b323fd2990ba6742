"use server";

import { submittedForm } from "@/lib/forms/submitted-form";
import { db } from "@/lib/db";
import { handleActionFailure } from "@/lib/errors";
import { unsubscribeFromNews } from "@/lib/news/unsubscribe";
import type { UnsubscribeState } from "./state";

/**
 * The unsubscribe page's button. Every token gets the same answer: the page tells nobody
 * whether an address signed or had asked for news.
 */
export async function unsubscribeAction(
  _previous: UnsubscribeState,
  posted: FormData,
): Promise<UnsubscribeState> {
  const formData = submittedForm(posted);
  const token = formData.get("token");
  try {
    await unsubscribeFromNews(db(), typeof token === "string" ? token : "");
    return { status: "done" };
  } catch (error) {
    handleActionFailure("unsubscribeAction", error);
    return { status: "unavailable" };
  }
}
