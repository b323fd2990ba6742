// Storing a signature: one short statement that inserts the pending row and enqueues its
// email in the same transaction, so a signature is never stored without its email job.
import { randomUUID } from "node:crypto";
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import { EMAIL_MAX_ATTEMPTS, SEND_ALREADY_SIGNED, SEND_CONFIRMATION } from "@/lib/jobs/names";
import { canonicalEmail } from "./normalize";
import type { SignatureInput } from "./schema";
import { deriveToken, hashToken } from "./tokens";

export interface SignContext {
  db: Database;
  secret: string;
  now?: Date;
}

export interface NewSignature extends SignatureInput {
  locale: Locale;
  source: string | null;
  ipHash: string | null;
}

/**
 * Stores a pending signature and enqueues its confirmation email. When the mailbox has
 * signed before, nothing is stored and its owner is emailed instead; the caller cannot
 * tell the two apart, so the answer to the visitor is the same and nobody can probe who signed.
 * Uniqueness rests on the database's unique key, not on a read before the write.
 */
export async function signPetition({ db, secret, now = new Date() }: SignContext, signature: NewSignature) {
  const id = randomUUID();
  const confirmTokenHash = hashToken(deriveToken(secret, "confirm", id, now));
  const withdrawTokenHash = hashToken(deriveToken(secret, "withdraw", id));
  const emailKey = canonicalEmail(signature.email);

  // In one statement: the INSERT either creates the row or, on a duplicate mailbox, does
  // nothing; exactly one of the two SELECTs then enqueues the matching email.
  await db.$queryRaw`
    WITH inserted AS (
      INSERT INTO "signature" (
        "id", "name", "email", "email_canonical", "country_code", "state_code", "show_name",
        "wants_updates", "locale", "source", "ip_hash", "confirm_token_hash",
        "confirm_token_issued_at", "withdraw_token_hash", "created_at")
      VALUES (
        ${id}::uuid, ${signature.name}, ${signature.email}, ${emailKey}, ${signature.countryCode},
        ${signature.stateCode}, ${signature.showName}, ${signature.wantsUpdates}, ${signature.locale},
        ${signature.source}, ${signature.ipHash}, ${confirmTokenHash}, ${now}, ${withdrawTokenHash}, ${now})
      ON CONFLICT ("email_canonical") DO NOTHING
      RETURNING "id"
    )
    SELECT graphile_worker.add_job(
      ${SEND_CONFIRMATION}, json_build_object('signatureId', "id"),
      job_key => ${SEND_CONFIRMATION} || ':' || "id", max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)::text
    FROM inserted
    UNION ALL
    SELECT graphile_worker.add_job(
      ${SEND_ALREADY_SIGNED}, json_build_object('signatureId', s."id", 'locale', ${signature.locale}::text),
      job_key => ${SEND_ALREADY_SIGNED} || ':' || s."id", max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)::text
    FROM "signature" s
    WHERE s."email_canonical" = ${emailKey} AND NOT EXISTS (SELECT 1 FROM inserted)`;
}
