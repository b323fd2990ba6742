// The one reminder to confirm. A signature still pending a day after its latest link gets a
// fresh link (the old one stops working, as with renewConfirmation in lib/petition/confirm.ts)
// and one email saying so, never a second: reminder_sent_at is set in the statement that
// renews the link and enqueues the email.
import type { Database } from "@/lib/db";
import { EMAIL_WINDOW } from "@/lib/petition/sign";
import { deriveToken, hashToken } from "@/lib/security/tokens";
import { petitionPhase, type CampaignSettings } from "@/lib/settings/schema";
import { EMAIL_MAX_ATTEMPTS, SEND_CONFIRMATION_REMINDER } from "./names";

/** How long after the latest confirmation link a pending signer is reminded. */
export const REMINDER_AFTER_HOURS = 24;

/** Signatures renewed per statement, and statements per run (the cron runs every ten minutes). */
const REMINDER_BATCH = 200;
const MAX_BATCHES_PER_RUN = 50;

/** Absent means on: organizers turn it off in the settings. */
export function remindersEnabled(settings: Pick<CampaignSettings, "confirmationReminder">): boolean {
  return settings.confirmationReminder !== false;
}

interface ReminderContext {
  db: Database;
  secret: string;
  settings: CampaignSettings;
  now?: Date;
}

/**
 * Renews the link of every signature due a reminder and queues its email; returns how many.
 * Nothing while reminders are off or the petition is not open (a link could not be used).
 */
export async function queueConfirmationReminders({
  db,
  secret,
  settings,
  now = new Date(),
}: ReminderContext): Promise<number> {
  if (!remindersEnabled(settings) || petitionPhase(settings, now) !== "open") return 0;
  const due = new Date(now.getTime() - REMINDER_AFTER_HOURS * 60 * 60_000);
  let queued = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
    const candidates = await db.$queryRaw<{ id: string }[]>`
      SELECT "id"::text AS id FROM "signature"
      WHERE "status" = 'PENDING' AND "reminder_sent_at" IS NULL AND "confirm_token_issued_at" <= ${due}
      ORDER BY "confirm_token_issued_at" LIMIT ${REMINDER_BATCH}`;
    if (candidates.length === 0) break;
    const ids = candidates.map(({ id }) => id);
    const hashes = ids.map((id) => hashToken(deriveToken(secret, "confirm", id, now)));
    // The conditions are checked again where the row is written: a signature confirmed,
    // renewed or reminded meanwhile is left alone.
    const renewed = await db.$queryRaw<{ job: string }[]>`
      WITH fresh AS (
        SELECT * FROM unnest(${ids}::uuid[], ${hashes}::text[]) AS f("id", "hash")
      ),
      renewed AS (
        UPDATE "signature" s SET
          "confirm_token_hash" = f."hash", "confirm_token_issued_at" = ${now}, "reminder_sent_at" = ${now},
          "emails_in_window" = CASE
            WHEN s."email_window_started_at" IS NULL
              OR s."email_window_started_at" + ${EMAIL_WINDOW}::interval <= ${now} THEN 1
            ELSE s."emails_in_window" + 1 END,
          "email_window_started_at" = CASE
            WHEN s."email_window_started_at" IS NULL
              OR s."email_window_started_at" + ${EMAIL_WINDOW}::interval <= ${now} THEN ${now}
            ELSE s."email_window_started_at" END
        FROM fresh f
        WHERE s."id" = f."id" AND s."status" = 'PENDING' AND s."reminder_sent_at" IS NULL
          AND s."confirm_token_issued_at" <= ${due}
        RETURNING s."id"
      )
      SELECT graphile_worker.add_job(
        ${SEND_CONFIRMATION_REMINDER}, json_build_object('signatureId', "id"),
        job_key => ${SEND_CONFIRMATION_REMINDER} || ':' || "id", max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)::text AS job
      FROM renewed`;
    queued += renewed.length;
    if (candidates.length < REMINDER_BATCH) break;
  }
  return queued;
}
