"use server";

import { randomUUID } from "node:crypto";
import { updateTag } from "next/cache";
import type { Locale } from "next-intl";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { queueEmail, saveNewsFromEditor, type EditorEmailResult } from "@/lib/news/editor";
import { NEWS_TAG } from "@/lib/news/published";
import { newsFieldErrors, newsFormValues, newsId, newsIdSchema, newsTextSchema } from "@/lib/news/schema";
import { organizerAction } from "@/lib/organizers/organizer-action";
import type { NewsDone } from "./done";
import type { EmailNewsState, NewsEditorState } from "./state";

/** Back to the editor of this update, with what just happened (Post/Redirect/Get). */
function showUpdate(locale: Locale, id: string, done: NewsDone): never {
  return redirect({ href: { pathname: "/organizers/news", query: { update: id, done } }, locale });
}

function showUpdateList(locale: Locale): never {
  return redirect({ href: "/organizers/news", locale });
}

function doneAfterPublishing(email: EditorEmailResult): NewsDone {
  if (email === "queued") return "publishedAndQueued";
  if (email === "already-queued") return "publishedAlreadyQueued";
  if (email === "unavailable" || email === "not-published") return "publishedNotQueued";
  return "published";
}

/** The started-from version: null for a new update; an unreadable one matches no row, so the organizer is told it changed. */
function startedFrom(version: string): Date | null {
  if (version === "") return null;
  const date = new Date(version);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/**
 * The editor's one action. intent "preview" renders the text as it will be published,
 * "save" stores a draft (or a correction of a published update), "publish" stores and
 * publishes it, and queues the email when the box is ticked. Success redirects to the
 * update, so reloading the page never posts again.
 */
export const newsEditorAction = organizerAction({
  name: "newsEditorAction",
  read: newsFormValues,
  schema: newsTextSchema,
  invalid: (values, error): NewsEditorState => ({
    status: "invalid",
    values,
    fieldErrors: newsFieldErrors(error),
  }),
  unavailable: (values): NewsEditorState => ({ status: "unavailable", values }),
  async run({ organizer, locale, values, input: text, formData }): Promise<NewsEditorState> {
    const intent = formData.get("intent");
    if (intent !== "save" && intent !== "publish")
      return { status: "preview", values, at: new Date().toISOString() };

    const outcome = await saveNewsFromEditor(db(), {
      // A new form carries the id its page chose; without one (a hand-made post) a new id.
      id: newsId(values.id) ?? randomUUID(),
      version: startedFrom(values.version),
      text,
      intent,
      sendEmail: intent === "publish" && values.sendEmail,
      authorEmail: organizer.email,
    });
    switch (outcome.outcome) {
      case "not-found":
        return { status: "notFound", values };
      case "stale":
        return { status: "stale", values: { ...values, version: outcome.version.toISOString() } };
      case "already-published":
        return { status: "alreadyPublished", values, email: outcome.email };
      case "saved":
        // updateTag: the public pages show a correction on their next request, not one request later.
        if (outcome.status === "PUBLISHED") updateTag(NEWS_TAG);
        return showUpdate(locale, outcome.id, outcome.status === "PUBLISHED" ? "corrected" : "saved");
      case "published":
        updateTag(NEWS_TAG);
        return showUpdate(locale, outcome.id, doneAfterPublishing(outcome.email));
    }
  },
});

/** Emails an update that was published without it. Once: a second post answers "already queued". */
export const emailNewsAction = organizerAction({
  name: "emailNewsAction",
  read: (formData) => ({ id: formData.get("id") }),
  schema: z.object({ id: newsIdSchema }),
  // A hand-made post without an update's id: back to the list of updates.
  invalid: (_values, _error, locale): EmailNewsState => showUpdateList(locale),
  unavailable: (): EmailNewsState => ({ status: "unavailable" }),
  async run({ locale, input: { id } }): Promise<EmailNewsState> {
    const result = await queueEmail(db(), id);
    if (result === "unavailable") return { status: "unavailable" };
    return showUpdate(
      locale,
      id,
      result === "queued" ? "queued" : result === "already-queued" ? "alreadyQueued" : "notPublished",
    );
  },
});
