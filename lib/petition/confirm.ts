// Confirming a signature. The email link opens a page with a button; only the POST that
// button sends confirms, so mail scanners that pre-fetch links cannot confirm for a person.
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import { EMAIL_MAX_ATTEMPTS, SEND_CONFIRMATION } from "@/lib/jobs/names";
import { CONFIRMATION_TTL_HOURS } from "./confirmation-window";
import { EMAIL_WINDOW, SIGNING_EMAILS_PER_DAY } from "./sign";
import { deriveToken, hashToken, isWellFormedToken } from "@/lib/security/tokens";

export type ConfirmTokenState = "pending" | "expired" | "confirmed" | "invalid";

interface Context {
  db: Database;
  secret: string;
  now?: Date;
}

const ttl = `${CONFIRMATION_TTL_HOURS} hours`;

/** What the confirmation page should offer for this token. */
export async function inspectConfirmToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<ConfirmTokenState> {
  if (!isWellFormedToken(token)) return "invalid";
  const rows = await db.$queryRaw<{ status: string; expired: boolean }[]>`
    SELECT "status"::text AS status, ("confirm_token_issued_at" + ${ttl}::interval) < ${now} AS expired
    FROM "signature" WHERE "confirm_token_hash" = ${hashToken(token)}`;
  const row = rows[0];
  if (!row) return "invalid";
  if (row.status === "CONFIRMED") return "confirmed";
  if (row.status !== "PENDING") return "invalid";
  return row.expired ? "expired" : "pending";
}

export type ConfirmResult =
  { outcome: "confirmed" | "already-confirmed"; withdrawToken: string } | { outcome: "expired" | "invalid" };

/** What the person confirming chose on the confirmation page; absent, the submitted choices stay. */
export interface ConfirmChoices {
  showName: boolean;
  wantsUpdates: boolean;
}

/** The privacy notice the confirmation page stood under: its stored id and its language. */
export interface AcceptedNotice {
  noticeId: string;
  locale: Locale;
}

/**
 * Confirms a pending signature and records the consent given, in one statement: the status
 * change, the counters (kept by the database, see lib/petition/counters.ts) and the
 * CONFIRMED event (the notice of the confirmation page's language and the choices confirmed)
 * commit together or not at all. Confirming twice is harmless and records nothing more.
 */
export async function confirmSignature(
  { db, secret, now = new Date() }: Context,
  token: string,
  accepted: AcceptedNotice,
  choices?: ConfirmChoices,
): Promise<ConfirmResult> {
  if (!isWellFormedToken(token)) return { outcome: "invalid" };
  const tokenHash = hashToken(token);

  const rows = await db.$queryRaw<{ id: string; newly: boolean }[]>`
    WITH confirmed AS (
      UPDATE "signature" SET "status" = 'CONFIRMED', "confirmed_at" = ${now},
        "show_name" = COALESCE(${choices?.showName ?? null}::boolean, "show_name"),
        "wants_updates" = COALESCE(${choices?.wantsUpdates ?? null}::boolean, "wants_updates")
      WHERE "confirm_token_hash" = ${tokenHash} AND "status" = 'PENDING'
        AND "confirm_token_issued_at" + ${ttl}::interval >= ${now}
      RETURNING "id", "confirmed_at", "show_name", "wants_updates"
    ),
    recorded AS (
      INSERT INTO "consent_event" (
        "id", "signature_id", "kind", "notice_id", "locale", "show_name", "wants_updates", "occurred_at")
      SELECT gen_random_uuid(), "id", 'CONFIRMED'::consent_event_kind, ${accepted.noticeId}::uuid,
        ${accepted.locale}::varchar, "show_name", "wants_updates", "confirmed_at"
      FROM confirmed
    )
    SELECT "id"::text AS id, true AS newly FROM confirmed
    UNION ALL
    SELECT "id"::text, false FROM "signature"
    WHERE "confirm_token_hash" = ${tokenHash} AND "status" = 'CONFIRMED' AND NOT EXISTS (SELECT 1 FROM confirmed)`;

  const row = rows[0];
  if (row) {
    return {
      outcome: row.newly ? "confirmed" : "already-confirmed",
      withdrawToken: deriveToken(secret, "withdraw", row.id),
    };
  }
  const state = await inspectConfirmToken(db, token, now);
  return { outcome: state === "expired" ? "expired" : "invalid" };
}

/** What a pending signature will say once confirmed: shown to the mailbox's owner first. */
export interface PendingSignatureSummary {
  name: string;
  countryCode: string;
  stateCode: string | null;
  showName: boolean;
  wantsUpdates: boolean;
}

/** The choices behind a pending, unexpired link, or null. */
export async function pendingSignatureSummary(
  db: Database,
  token: string,
  now = new Date(),
): Promise<PendingSignatureSummary | null> {
  if (!isWellFormedToken(token)) return null;
  const rows = await db.$queryRaw<PendingSignatureSummary[]>`
    SELECT "name", "country_code" AS "countryCode", "state_code" AS "stateCode",
      "show_name" AS "showName", "wants_updates" AS "wantsUpdates"
    FROM "signature"
    WHERE "confirm_token_hash" = ${hashToken(token)} AND "status" = 'PENDING'
      AND "confirm_token_issued_at" + ${ttl}::interval >= ${now} AND "name" IS NOT NULL`;
  return rows[0] ?? null;
}

export type RenewResult =
  { outcome: "renewed" | "invalid" } | { outcome: "limited"; retryAfterMinutes: number };

/**
 * Issues a fresh confirmation link for a signature whose link expired, and enqueues the
 * email, in one statement. The old link stops working. Renewals count in the mailbox's
 * daily email budget (see SIGNING_EMAILS_PER_DAY), so an old link cannot flood an inbox.
 */
export async function renewConfirmation(
  { db, secret, now = new Date() }: Context,
  token: string,
): Promise<RenewResult> {
  if (!isWellFormedToken(token)) return { outcome: "invalid" };
  const rows = await db.$queryRaw<{ id: string; window_expired: boolean; sent: number; window_ends: Date }[]>`
    SELECT "id"::text AS id, "emails_in_window" AS sent,
      ("email_window_started_at" IS NULL
        OR "email_window_started_at" + ${EMAIL_WINDOW}::interval <= ${now}) AS window_expired,
      COALESCE("email_window_started_at", ${now}) + ${EMAIL_WINDOW}::interval AS window_ends
    FROM "signature" WHERE "confirm_token_hash" = ${hashToken(token)} AND "status" = 'PENDING'`;
  const row = rows[0];
  if (!row) return { outcome: "invalid" };
  if (!row.window_expired && row.sent >= SIGNING_EMAILS_PER_DAY) {
    const minutes = Math.ceil((row.window_ends.getTime() - now.getTime()) / 60_000);
    return { outcome: "limited", retryAfterMinutes: Math.max(1, minutes) };
  }
  const renewedHash = hashToken(deriveToken(secret, "confirm", row.id, now));
  const renewed = await db.$queryRaw<{ id: string }[]>`
    WITH renewed AS (
      UPDATE "signature" SET "confirm_token_hash" = ${renewedHash}, "confirm_token_issued_at" = ${now},
        "emails_in_window" = CASE WHEN ${row.window_expired} THEN 1 ELSE "emails_in_window" + 1 END,
        "email_window_started_at" = CASE WHEN ${row.window_expired} THEN ${now} ELSE "email_window_started_at" END
      WHERE "id" = ${row.id}::uuid AND "status" = 'PENDING' AND "confirm_token_hash" = ${hashToken(token)}
      RETURNING "id"
    )
    SELECT graphile_worker.add_job(
      ${SEND_CONFIRMATION}, json_build_object('signatureId', "id"),
      job_key => ${SEND_CONFIRMATION} || ':' || "id", max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)::text AS id
    FROM renewed`;
  return { outcome: renewed.length === 1 ? "renewed" : "invalid" };
}
