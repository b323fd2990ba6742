"use server";

import { randomUUID } from "node:crypto";
import { updateTag } from "next/cache";
import { localeFromForm } from "@/i18n/locale-of";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { handleActionFailure } from "@/lib/errors";
import {
  queueEmail,
  saveNewsFromEditor,
  type EditorEmailResult,
  type EditorOutcome,
} from "@/lib/news/editor";
import { NEWS_TAG } from "@/lib/news/published";
import {
  newsFormValues,
  newsId,
  parseNewsText,
  type NewsFieldErrors,
  type NewsFormValues,
} from "@/lib/news/schema";
import { organizerForAction } from "@/lib/organizers/current";
import type { NewsDone } from "./done";

export type NewsEditorState =
  | { status: "idle" }
  /** The text as it will be published, shown under the form; nothing was stored. */
  | { status: "preview"; values: NewsFormValues; at: string }
  | { status: "invalid"; values: NewsFormValues; fieldErrors: NewsFieldErrors }
  /** Someone saved or published it meanwhile; `values.version` is now theirs, so saving again replaces it. */
  | { status: "stale"; values: NewsFormValues }
  /** It was published before this post; the text typed here was not stored. */
  | { status: "alreadyPublished"; values: NewsFormValues; email: EditorEmailResult }
  | { status: "notFound"; values: NewsFormValues }
  | { status: "unavailable"; values: NewsFormValues };

/** Back to the editor of this update, with what just happened (Post/Redirect/Get). */
function showUpdate(locale: Locale, id: string, done: NewsDone): never {
  return redirect({ href: { pathname: "/organizers/news", query: { update: id, done } }, locale });
}

function doneAfterPublishing(email: EditorEmailResult): NewsDone {
  if (email === "queued") return "publishedAndQueued";
  if (email === "already-queued") return "publishedAlreadyQueued";
  if (email === "unavailable" || email === "not-published") return "publishedNotQueued";
  return "published";
}

/**
 * The editor's one action. intent "preview" renders the text as it will be published,
 * "save" stores a draft (or a correction of a published update), "publish" stores and
 * publishes it, and queues the email when the box is ticked. Success redirects to the
 * update, so reloading the page never posts again.
 */
export async function newsEditorAction(
  _previous: NewsEditorState,
  formData: FormData,
): Promise<NewsEditorState> {
  const locale = localeFromForm(formData);
  const values = newsFormValues(formData);
  const organizer = await organizerForAction(locale);
  if (!organizer) return { status: "unavailable", values };

  const parsed = parseNewsText(values);
  if (!parsed.success) return { status: "invalid", values, fieldErrors: parsed.fieldErrors };
  const intent = formData.get("intent");
  if (intent !== "save" && intent !== "publish")
    return { status: "preview", values, at: new Date().toISOString() };

  let outcome: EditorOutcome;
  try {
    const version = values.version === "" ? null : new Date(values.version);
    outcome = await saveNewsFromEditor(db(), {
      // A new form carries the id its page chose; without one (a hand-made post) a new id.
      id: newsId(values.id) ?? randomUUID(),
      // An unreadable version matches no row: the organizer is told it changed.
      version: version && Number.isNaN(version.getTime()) ? new Date(0) : version,
      text: parsed.text,
      intent,
      sendEmail: intent === "publish" && values.sendEmail,
      authorEmail: organizer.email,
    });
  } catch (error) {
    handleActionFailure("newsEditorAction", error);
    return { status: "unavailable", values };
  }

  switch (outcome.outcome) {
    case "not-found":
      return { status: "notFound", values };
    case "stale":
      return { status: "stale", values: { ...values, version: outcome.version.toISOString() } };
    case "already-published":
      return { status: "alreadyPublished", values, email: outcome.email };
    case "saved":
      // The public pages show a correction on their next request, not one request later.
      if (outcome.status === "PUBLISHED") updateTag(NEWS_TAG);
      return showUpdate(locale, outcome.id, outcome.status === "PUBLISHED" ? "corrected" : "saved");
    case "published":
      updateTag(NEWS_TAG);
      return showUpdate(locale, outcome.id, doneAfterPublishing(outcome.email));
  }
}

export type EmailNewsState = { status: "idle" } | { status: "unavailable" };

/** Emails an update that was published without it. Once: a second post answers "already queued". */
export async function emailNewsAction(
  _previous: EmailNewsState,
  formData: FormData,
): Promise<EmailNewsState> {
  const locale = localeFromForm(formData);
  if (!(await organizerForAction(locale))) return { status: "unavailable" };
  const id = newsId(formData.get("id"));
  if (!id) return showUpdateList(locale);
  let result: EditorEmailResult;
  try {
    result = await queueEmail(db(), id);
  } catch (error) {
    handleActionFailure("emailNewsAction", error);
    return { status: "unavailable" };
  }
  if (result === "unavailable") return { status: "unavailable" };
  return showUpdate(
    locale,
    id,
    result === "queued" ? "queued" : result === "already-queued" ? "alreadyQueued" : "notPublished",
  );
}

function showUpdateList(locale: Locale): never {
  return redirect({ href: "/organizers/news", locale });
}
