// Storing a signature. A new mailbox is one short statement that counts the network's
// signature against its limit, inserts the pending row, records what its signer accepted and
// enqueues its email, so a signature is never stored over its network's limit, without its
// consent record or without its email job. A mailbox that has signed before is handled
// under a row lock, within its email budget, so the form cannot be used to flood anyone's
// inbox or to decide for them.
import { randomUUID } from "node:crypto";
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { EMAIL_MAX_ATTEMPTS, SEND_ALREADY_SIGNED, SEND_CONFIRMATION } from "@/lib/jobs/names";
import { canonicalEmail } from "./normalize";
import type { SignatureInput } from "./schema";
import { deriveToken, hashToken } from "@/lib/security/tokens";
import { countInStatement, outcomeOf, type CountedLimit, type WindowCount } from "@/lib/security/rate-limit";

/**
 * Signing emails one mailbox receives in a rolling day, whatever is submitted: the first
 * confirmation and two more (a corrected resubmission, a renewed link). The "already
 * signed" notice counts too, and goes at most once a day.
 */
export const SIGNING_EMAILS_PER_DAY = 3;
export const EMAIL_WINDOW = "24 hours";

export interface SignContext {
  db: Database;
  secret: string;
  now?: Date;
  /**
   * The limit a signature's network (its ipHash) is counted against, in the statement that
   * stores it. The form's submissions always have one; without it nothing is counted.
   */
  networkLimit?: CountedLimit;
}

export interface NewSignature extends SignatureInput {
  locale: Locale;
  source: string | null;
  ipHash: string | null;
  /** The stored privacy notice in force in the form's language (lib/consent): what the signer accepted. */
  noticeId: string;
}

/**
 * What happened, for tests and logs; the visitor is told the same in every case, so
 * nobody can probe who signed.
 * - stored: a new pending signature and its confirmation email;
 * - replaced: a pending signature took the new choices and a new link (the old one stops
 *   working), sent to the mailbox, whose owner decides on the confirmation page;
 * - notified: the mailbox has a confirmed signature and its owner is told so;
 * - quiet: nothing changed and no email, because the mailbox's budget is spent (or its
 *   signature was withdrawn or set aside in the meantime).
 */
export type SignOutcome = "stored" | "replaced" | "notified" | "quiet";

/** The network had used its limit: nothing was stored or sent. */
export interface NetworkLimitReached {
  outcome: "rate-limited";
  retryAfterMinutes: number;
}

/**
 * The SIGNED consent event for the signatures a sub-query returns: the notice accepted on the
 * form, its language and the choices made there. No personal data, so it outlives erasure.
 */
function signedEvent(signature: NewSignature, now: Date, signatures: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "consent_event" (
      "id", "signature_id", "kind", "notice_id", "locale", "show_name", "wants_updates", "occurred_at")
    SELECT gen_random_uuid(), s."id", 'SIGNED'::consent_event_kind, ${signature.noticeId}::uuid,
      ${signature.locale}::varchar, ${signature.showName}::boolean, ${signature.wantsUpdates}::boolean,
      ${now}::timestamptz
    FROM (${signatures}) s`;
}

export async function signPetition(
  context: SignContext,
  signature: NewSignature,
): Promise<SignOutcome | NetworkLimitReached> {
  const { db, secret, now = new Date(), networkLimit } = context;
  const id = randomUUID();
  const confirmTokenHash = hashToken(deriveToken(secret, "confirm", id, now));
  const withdrawTokenHash = hashToken(deriveToken(secret, "withdraw", id));
  const unsubscribeTokenHash = hashToken(deriveToken(secret, "unsubscribe", id));
  const emailKey = canonicalEmail(signature.email);
  const limit = networkLimit && signature.ipHash !== null ? networkLimit : undefined;
  const counted = limit
    ? countInStatement(limit, signature.ipHash!, now)
    : Prisma.sql`SELECT NULL::int AS "points", NULL::float8 AS "expire"`;
  const withinLimit = limit ? Prisma.sql`"points" <= ${limit.rule.points}` : Prisma.sql`true`;

  // Uniqueness rests on the database's unique key, not on a read before the write. Every
  // value is cast: an INSERT ... SELECT does not type its parameters from the columns.
  const [result] = await db.$queryRaw<({ stored: number } & Partial<WindowCount>)[]>`
    WITH counted AS (${counted}),
    inserted AS (
      INSERT INTO "signature" (
        "id", "name", "email", "email_canonical", "country_code", "state_code", "show_name",
        "wants_updates", "locale", "source", "ip_hash", "confirm_token_hash",
        "confirm_token_issued_at", "withdraw_token_hash", "unsubscribe_token_hash", "created_at",
        "email_window_started_at", "emails_in_window")
      SELECT
        ${id}::uuid, ${signature.name}::text, ${signature.email}::text, ${emailKey}::text,
        ${signature.countryCode}::text, ${signature.stateCode}::text, ${signature.showName}::boolean,
        ${signature.wantsUpdates}::boolean, ${signature.locale}::text, ${signature.source}::text,
        ${signature.ipHash}::text, ${confirmTokenHash}::text, ${now}::timestamptz, ${withdrawTokenHash}::text,
        ${unsubscribeTokenHash}::text, ${now}::timestamptz, ${now}::timestamptz, 1
      FROM counted WHERE ${withinLimit}
      ON CONFLICT ("email_canonical") DO NOTHING
      RETURNING "id"
    ),
    recorded AS (${signedEvent(signature, now, Prisma.sql`SELECT "id" FROM inserted`)}),
    queued AS (
      SELECT graphile_worker.add_job(
        ${SEND_CONFIRMATION}, json_build_object('signatureId', "id"),
        job_key => ${SEND_CONFIRMATION} || ':' || "id", max_attempts => ${EMAIL_MAX_ATTEMPTS}::int) AS job
      FROM inserted
    )
    SELECT (SELECT count(*) FROM queued)::int AS "stored", "points", "expire" FROM counted`;
  if (result!.stored === 1) return "stored";
  if (limit) {
    const outcome = outcomeOf(limit, result as WindowCount, now);
    if (!outcome.allowed) return { outcome: "rate-limited", retryAfterMinutes: outcome.retryAfterMinutes };
  }
  return signAgain(context, signature, emailKey, now);
}

interface ExistingSignature {
  id: string;
  status: string;
  window_expired: boolean;
  emails_in_window: number;
  may_notify: boolean;
}

/** A second submission for a mailbox that already has a signature. */
async function signAgain(
  { db, secret }: SignContext,
  signature: NewSignature,
  emailKey: string,
  now: Date,
): Promise<SignOutcome> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<ExistingSignature[]>`
      SELECT "id"::text AS id, "status"::text AS status, "emails_in_window",
        ("email_window_started_at" IS NULL
          OR "email_window_started_at" + ${EMAIL_WINDOW}::interval <= ${now}) AS window_expired,
        ("already_signed_sent_at" IS NULL
          OR "already_signed_sent_at" + ${EMAIL_WINDOW}::interval <= ${now}) AS may_notify
      FROM "signature" WHERE "email_canonical" = ${emailKey}
      FOR UPDATE`;
    const row = rows[0];
    if (!row) return "quiet";
    const sentToday = row.window_expired ? 0 : row.emails_in_window;
    if (sentToday >= SIGNING_EMAILS_PER_DAY) return "quiet";

    // One more email in the mailbox's rolling day (a new day starts now if the last one ended).
    const budget = {
      count: sentToday + 1,
      startedAt: row.window_expired ? now : null,
    };

    if (row.status === "PENDING") {
      // The newest submission wins and gets a new link: whoever owns the mailbox sees these
      // choices on the confirmation page and decides. The previous link stops working. The
      // address keeps the spelling first typed (same mailbox, whatever +tag or case).
      const confirmTokenHash = hashToken(deriveToken(secret, "confirm", row.id, now));
      await tx.$queryRaw`
        WITH replaced AS (
          UPDATE "signature" SET
            "name" = ${signature.name},
            "country_code" = ${signature.countryCode}, "state_code" = ${signature.stateCode},
            "show_name" = ${signature.showName}, "wants_updates" = ${signature.wantsUpdates},
            "locale" = ${signature.locale}, "source" = ${signature.source}, "ip_hash" = ${signature.ipHash},
            "confirm_token_hash" = ${confirmTokenHash}, "confirm_token_issued_at" = ${now},
            "emails_in_window" = ${budget.count},
            "email_window_started_at" = COALESCE(${budget.startedAt}::timestamptz, "email_window_started_at")
          WHERE "id" = ${row.id}::uuid AND "status" = 'PENDING'
          RETURNING "id"
        ),
        recorded AS (${signedEvent(signature, now, Prisma.sql`SELECT "id" FROM replaced`)})
        SELECT graphile_worker.add_job(
          ${SEND_CONFIRMATION}, json_build_object('signatureId', "id"),
          job_key => ${SEND_CONFIRMATION} || ':' || "id", max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)::text
        FROM replaced`;
      return "replaced";
    }

    if (row.status === "CONFIRMED" && row.may_notify) {
      await tx.$queryRaw`
        WITH noted AS (
          UPDATE "signature" SET
            "already_signed_sent_at" = ${now}, "emails_in_window" = ${budget.count},
            "email_window_started_at" = COALESCE(${budget.startedAt}::timestamptz, "email_window_started_at")
          WHERE "id" = ${row.id}::uuid
          RETURNING "id"
        )
        SELECT graphile_worker.add_job(
          ${SEND_ALREADY_SIGNED}, json_build_object('signatureId', "id", 'locale', ${signature.locale}::text),
          job_key => ${SEND_ALREADY_SIGNED} || ':' || "id", max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)::text
        FROM noted`;
      return "notified";
    }
    return "quiet";
  });
}
