// The jobs that email a published update (see lib/news/delivery.ts for how each recipient
// gets it at most once). The fan-out writes one delivery row per recipient; batches then
// send them one after another, at the rate the provider allows.
import type { JobHelpers, Task, TaskList } from "graphile-worker";
import { asLocale } from "@/i18n/locale-of";
import type { Database } from "@/lib/db";
import type { Mailer } from "@/lib/email/mailer";
import { newsEmail } from "@/lib/email/templates";
import {
  NEWS_FAN_OUT,
  NEWS_JOB_PRIORITY,
  NEWS_MAX_ATTEMPTS,
  NEWS_QUEUE,
  NEWS_SEND_BATCH,
  type NewsJobPayload,
} from "@/lib/jobs/names";
import { listUnsubscribeHeaders, newsPageUrl, unsubscribePageUrl } from "./email-links";
import { ensureUnsubscribeToken } from "./unsubscribe";

export interface NewsTaskContext {
  db: Database;
  mailer: Mailer;
  secret: string;
  siteUrl: string;
  /** NEWS_EMAILS_PER_SECOND: the pace of sending, below the provider's limit. */
  emailsPerSecond: number;
  /** Emails per batch job; by default about BATCH_SECONDS of sending. */
  batchSize?: number;
}

/** Delivery rows written per statement by the fan-out. */
export const FAN_OUT_CHUNK = 1000;

/** A batch sends for about this long, so each job stays short and a retry repeats little. */
const BATCH_SECONDS = 10;

function updateIdOf(payload: unknown): string {
  const id = (payload as Partial<NewsJobPayload> | null)?.updateId;
  if (typeof id !== "string") throw new Error("Job payload has no updateId");
  return id;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Queues (or re-queues) the next batch of an update; one waiting batch per update at most. */
async function enqueueBatch(db: Database, updateId: string): Promise<void> {
  await db.$queryRaw`
    SELECT graphile_worker.add_job(
      ${NEWS_SEND_BATCH}, json_build_object('updateId', ${updateId}::text),
      queue_name => ${NEWS_QUEUE}, job_key => ${NEWS_SEND_BATCH} || ':' || ${updateId}::text,
      priority => ${NEWS_JOB_PRIORITY}::int, max_attempts => ${NEWS_MAX_ATTEMPTS}::int)::text`;
}

/**
 * One row per confirmed signer who asked for news and still has an address, written in
 * chunks in signature order. Running it again adds no one twice (ON CONFLICT DO NOTHING on
 * the primary key), so a retry after a crash simply carries on.
 */
export async function fanOutNews(db: Database, updateId: string, now = new Date()): Promise<number> {
  let after = "00000000-0000-0000-0000-000000000000";
  let written = 0;
  for (;;) {
    const [chunk] = await db.$queryRaw<{ last: string | null; seen: number; inserted: number }[]>`
      WITH chunk AS (
        SELECT "id" FROM "signature"
        WHERE "status" = 'CONFIRMED' AND "wants_updates" AND "email" IS NOT NULL AND "id" > ${after}::uuid
        ORDER BY "id" LIMIT ${FAN_OUT_CHUNK}
      ),
      inserted AS (
        INSERT INTO "news_delivery" ("update_id", "signature_id", "status", "queued_at")
        SELECT ${updateId}::uuid, "id", 'QUEUED', ${now} FROM chunk
        -- A job left behind by an update that no longer exists writes nothing (and does not
        -- fail on the foreign key ten times over).
        WHERE EXISTS (SELECT 1 FROM "news_update" WHERE "id" = ${updateId}::uuid)
        ON CONFLICT ("update_id", "signature_id") DO NOTHING
        RETURNING 1
      )
      SELECT max("id"::text) AS last, count(*)::int AS seen, (SELECT count(*)::int FROM inserted) AS inserted
      FROM chunk`;
    written += chunk?.inserted ?? 0;
    if (!chunk?.last || chunk.seen < FAN_OUT_CHUNK) return written;
    after = chunk.last;
  }
}

interface Recipient {
  email: string;
  locale: string;
}

export function newsTasks({
  db,
  mailer,
  secret,
  siteUrl,
  emailsPerSecond,
  batchSize = Math.max(1, Math.round(emailsPerSecond * BATCH_SECONDS)),
}: NewsTaskContext): TaskList {
  const interval = 1000 / emailsPerSecond;
  let lastSendAt = 0;

  /** Waits until the next send keeps to the rate; shared by every batch in this process. */
  const pace = async () => {
    const wait = lastSendAt + interval - Date.now();
    if (wait > 0) await sleep(wait);
    lastSendAt = Date.now();
  };

  const fanOut: Task = async (payload) => {
    const updateId = updateIdOf(payload);
    await fanOutNews(db, updateId);
    await enqueueBatch(db, updateId);
  };

  /**
   * Sends one delivery, inside a short transaction that holds its row (FOR UPDATE SKIP
   * LOCKED). Returns "none" when nothing is left to send. A provider failure rolls back and
   * propagates, leaving the row QUEUED for the job's retry, except on the job's last attempt,
   * when the row is marked FAILED and sending moves on. Failures are not sorted into
   * "this address" and "the provider": every recipient is a confirmed signer whose address
   * the provider already accepted for the confirmation email, so a refusal is the provider's.
   */
  const sendOne = async (
    update: { id: string; slug: string; titleEs: string; bodyEs: string; titleEn: string; bodyEn: string },
    lastAttempt: boolean,
  ): Promise<"sent" | "skipped" | "failed" | "none"> =>
    db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ signature_id: string }[]>`
          SELECT "signature_id"::text FROM "news_delivery"
          WHERE "update_id" = ${update.id}::uuid AND "status" = 'QUEUED'
          ORDER BY "signature_id" LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        if (!row) return "none";
        const signatureId = row.signature_id;
        const mark = (status: "SENT" | "SKIPPED" | "FAILED") => tx.$executeRaw`
          UPDATE "news_delivery" SET "status" = ${status}::"news_delivery_status",
            "sent_at" = CASE WHEN ${status} = 'SENT' THEN now() ELSE "sent_at" END
          WHERE "update_id" = ${update.id}::uuid AND "signature_id" = ${signatureId}::uuid`;

        // Read just before sending: whoever unsubscribed or withdrew since the fan-out is skipped.
        const [recipient] = await tx.$queryRaw<Recipient[]>`
          SELECT "email", "locale" FROM "signature"
          WHERE "id" = ${signatureId}::uuid AND "status" = 'CONFIRMED' AND "wants_updates" AND "email" IS NOT NULL`;
        if (!recipient) {
          await mark("SKIPPED");
          return "skipped";
        }
        const token = await ensureUnsubscribeToken(tx, secret, signatureId);
        const locale = asLocale(recipient.locale);
        const email = newsEmail(locale, {
          title: locale === "en" ? update.titleEn : update.titleEs,
          body: locale === "en" ? update.bodyEn : update.bodyEs,
          pageUrl: newsPageUrl(siteUrl, locale, update.slug),
          unsubscribeUrl: unsubscribePageUrl(siteUrl, locale, token),
        });
        // Paced here, holding only this row: the unsubscribe statement skips locked rows.
        await pace();
        try {
          await mailer.send({
            to: recipient.email,
            ...email,
            headers: listUnsubscribeHeaders(siteUrl, token),
            idempotencyKey: `news:${update.id}:${signatureId}`,
          });
        } catch (error) {
          if (!lastAttempt) throw error;
          await mark("FAILED");
          return "failed";
        }
        await mark("SENT");
        return "sent";
      },
      // Long enough for one provider request; the row is held for no longer than that.
      { timeout: 60_000, maxWait: 10_000 },
    );

  const sendBatch: Task = async (payload, helpers: JobHelpers) => {
    const updateId = updateIdOf(payload);
    const update = await db.newsUpdate.findUnique({
      where: { id: updateId },
      select: {
        id: true,
        slug: true,
        status: true,
        titleEs: true,
        bodyEs: true,
        titleEn: true,
        bodyEn: true,
      },
    });
    if (!update) return;
    if (update.status !== "PUBLISHED") {
      // Taken back to a draft while it was being sent: whoever has not had it yet will not.
      await db.newsDelivery.updateMany({
        where: { updateId, status: "QUEUED" },
        data: { status: "SKIPPED" },
      });
      return;
    }
    // A provider failure propagates and the job retries later with graphile-worker's
    // backoff; on the last attempt, what still fails becomes FAILED instead.
    const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
    for (let sent = 0; sent < batchSize; sent += 1) {
      if ((await sendOne(update, lastAttempt)) === "none") return;
    }
    // The rest goes in the next batch, behind any signing email queued meanwhile.
    await enqueueBatch(db, updateId);
  };

  return { [NEWS_FAN_OUT]: fanOut, [NEWS_SEND_BATCH]: sendBatch };
}
