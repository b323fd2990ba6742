// Emailing a published update to the signers who asked for news.
//
// How "each recipient at most once" holds:
// 1. queueNewsEmail sets news_update.email_queued_at only while it is null, and enqueues the
//    fan-out job in the same statement: a second click, a second organizer or a retried
//    request finds it set and queues nothing.
// 2. The fan-out job inserts one news_delivery row per recipient with ON CONFLICT DO NOTHING.
//    The primary key (update_id, signature_id) is the guarantee: however often the fan-out
//    runs, a recipient has one row.
// 3. A batch job sends only rows still QUEUED, which it locks (FOR UPDATE SKIP LOCKED), and
//    marks each SENT as soon as the provider accepted it. A row that is SENT, SKIPPED or
//    FAILED is never sent again.
// 4. The one gap left is a crash between the provider accepting an email and the row being
//    marked SENT: the row is still QUEUED and the job runs again. Every send carries the
//    idempotency key news:<updateId>:<signatureId>, and Resend answers a repeated key from
//    its record for 24 hours instead of delivering again; every retry of a news job happens
//    within those 24 hours (see NEWS_MAX_ATTEMPTS).
import type { Database } from "@/lib/db";
import { NEWS_FAN_OUT, NEWS_JOB_PRIORITY, NEWS_MAX_ATTEMPTS, NEWS_QUEUE } from "@/lib/jobs/names";

export type QueueNewsEmailResult = "queued" | "already-queued" | "not-published";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Marks a published update to be emailed (once) and enqueues the fan-out job, in one statement. */
export async function queueNewsEmail(
  db: Database,
  updateId: string,
  now = new Date(),
): Promise<QueueNewsEmailResult> {
  if (!UUID.test(updateId)) return "not-published";
  const queued = await db.$queryRaw<{ job: string }[]>`
    WITH marked AS (
      UPDATE "news_update" SET "email_queued_at" = ${now}
      WHERE "id" = ${updateId}::uuid AND "status" = 'PUBLISHED' AND "email_queued_at" IS NULL
      RETURNING "id"
    )
    SELECT graphile_worker.add_job(
      ${NEWS_FAN_OUT}, json_build_object('updateId', "id"),
      queue_name => ${NEWS_QUEUE}, job_key => ${NEWS_FAN_OUT} || ':' || "id",
      priority => ${NEWS_JOB_PRIORITY}::int, max_attempts => ${NEWS_MAX_ATTEMPTS}::int)::text AS job
    FROM marked`;
  if (queued.length === 1) return "queued";
  const update = await db.newsUpdate.findUnique({
    where: { id: updateId },
    select: { status: true, emailQueuedAt: true },
  });
  if (update?.emailQueuedAt) return "already-queued";
  return "not-published";
}

export interface NewsDeliveryProgress {
  queuedAt: Date | null;
  total: number;
  queued: number;
  sent: number;
  skipped: number;
  failed: number;
}

/** Where the emailing of one update stands (rows appear as the fan-out job inserts them). */
export async function newsDeliveryProgress(db: Database, updateId: string): Promise<NewsDeliveryProgress> {
  const progress: NewsDeliveryProgress = {
    queuedAt: null,
    total: 0,
    queued: 0,
    sent: 0,
    skipped: 0,
    failed: 0,
  };
  if (!UUID.test(updateId)) return progress;
  const [update, counts] = await Promise.all([
    db.newsUpdate.findUnique({ where: { id: updateId }, select: { emailQueuedAt: true } }),
    db.newsDelivery.groupBy({ by: ["status"], where: { updateId }, _count: { _all: true } }),
  ]);
  progress.queuedAt = update?.emailQueuedAt ?? null;
  for (const { status, _count } of counts) {
    const key = status.toLowerCase() as "queued" | "sent" | "skipped" | "failed";
    progress[key] = _count._all;
    progress.total += _count._all;
  }
  return progress;
}

/** How many confirmed signers asked for news, per language (shown before sending). */
export async function newsAudience(db: Database): Promise<{ es: number; en: number }> {
  const rows = await db.signature.groupBy({
    by: ["locale"],
    where: { status: "CONFIRMED", wantsUpdates: true, email: { not: null } },
    _count: { _all: true },
  });
  const audience = { es: 0, en: 0 };
  for (const { locale, _count } of rows) {
    // Anything but English is written to in Spanish, as asLocale does for the emails.
    if (locale === "en") audience.en += _count._all;
    else audience.es += _count._all;
  }
  return audience;
}
