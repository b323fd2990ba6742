// What the organizers' editor does when an update is saved or published: the one place
// that decides between a new draft, a correction, a publication and a re-post of any of
// them, and when the email is queued. The server action only parses and answers.
import type { Database } from "@/lib/db";
import { isDatabaseOutage, reportOutage } from "@/lib/errors";
import { createNewsDraft, publishNews, updateNewsText } from "./content";
import { queueNewsEmail, type QueueNewsEmailResult } from "./delivery";
import type { NewsText } from "./schema";

export interface EditorRequest {
  id: string;
  /** The updated_at the organizer started from; null for a new update. */
  version: Date | null;
  text: NewsText;
  intent: "save" | "publish";
  /** With "publish": also email it to the signers who asked for news. */
  sendEmail: boolean;
  authorEmail: string;
  now?: Date;
}

/** What happened to the email: queueNewsEmail's answer, "unavailable" when the database was away, null when not asked. */
export type EditorEmailResult = QueueNewsEmailResult | "unavailable" | null;

export type EditorOutcome =
  | { outcome: "saved"; id: string; status: "DRAFT" | "PUBLISHED" }
  | { outcome: "published"; id: string; email: EditorEmailResult }
  /** Published before this post (a re-post, or another organizer): its text was left alone. */
  | { outcome: "already-published"; id: string; email: EditorEmailResult }
  /** Someone saved or published it since the organizer opened it; nothing was written. */
  | { outcome: "stale"; version: Date }
  | { outcome: "not-found" };

export async function saveNewsFromEditor(database: Database, request: EditorRequest): Promise<EditorOutcome> {
  const { id, text, intent, sendEmail } = request;
  const now = request.now ?? new Date();
  let expected = request.version;

  if (expected === null) {
    const created = await createNewsDraft(database, text, request.authorEmail, { id, now });
    if (created) {
      return intent === "publish"
        ? publish(database, id, created.updatedAt, sendEmail, now)
        : { outcome: "saved", id, status: "DRAFT" };
    }
    // The same new form posted again: carry on from the draft the first post made.
    const current = await database.newsUpdate.findUnique({ where: { id }, select: { updatedAt: true } });
    if (!current) return { outcome: "not-found" };
    expected = current.updatedAt;
  }

  if (intent === "publish") {
    const current = await database.newsUpdate.findUnique({ where: { id }, select: { status: true } });
    if (!current) return { outcome: "not-found" };
    if (current.status === "PUBLISHED") return alreadyPublished(database, id, sendEmail, now);
  }
  const updated = await updateNewsText(database, id, text, { expectedUpdatedAt: expected, now });
  if (updated.outcome === "not-found") return updated;
  if (updated.outcome === "stale") return { outcome: "stale", version: updated.updatedAt };
  if (intent === "save") return { outcome: "saved", id, status: updated.status };
  return publish(database, id, updated.updatedAt, sendEmail, now);
}

async function publish(
  database: Database,
  id: string,
  expected: Date,
  sendEmail: boolean,
  now: Date,
): Promise<EditorOutcome> {
  const result = await publishNews(database, id, { expectedUpdatedAt: expected, now });
  if (result === "not-found") return { outcome: "not-found" };
  if (result === "already-published") return alreadyPublished(database, id, sendEmail, now);
  if (result === "stale") {
    const current = await database.newsUpdate.findUnique({ where: { id }, select: { updatedAt: true } });
    return current ? { outcome: "stale", version: current.updatedAt } : { outcome: "not-found" };
  }
  return { outcome: "published", id, email: sendEmail ? await queueEmail(database, id, now) : null };
}

async function alreadyPublished(
  database: Database,
  id: string,
  sendEmail: boolean,
  now: Date,
): Promise<EditorOutcome> {
  // queueNewsEmail is idempotent: an update already emailed answers "already-queued".
  return { outcome: "already-published", id, email: sendEmail ? await queueEmail(database, id, now) : null };
}

/**
 * Queues the email of a published update. An outage here leaves the update published and
 * not emailed, which the organizer is told (the page offers to email it later); it must
 * not read as if the publication had failed.
 */
export async function queueEmail(
  database: Database,
  id: string,
  now = new Date(),
): Promise<EditorEmailResult> {
  try {
    return await queueNewsEmail(database, id, now);
  } catch (error) {
    if (!isDatabaseOutage(error)) throw error;
    reportOutage("queueEmail", error);
    return "unavailable";
  }
}
