// Stopping campaign news. The link in every news email (and in the signature emails of
// those who asked for news) opens a page with one button; mail providers may also POST to
// the one-click address (RFC 8058). Either way the signature itself is untouched: it still
// counts, and withdrawing it stays the job of the withdrawal link.
import { asLocale } from "@/i18n/locale-of";
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import { hashToken, isWellFormedToken } from "@/lib/security/tokens";
import { unsubscribeToken } from "./email-links";

/**
 * The token for a signer's unsubscribe links, derived from APP_SECRET. Signatures from
 * before these links existed get their hash stored now, so the link in the email works.
 */
export async function ensureUnsubscribeToken(
  db: Pick<Database, "$executeRaw">,
  secret: string,
  signatureId: string,
): Promise<string> {
  const token = unsubscribeToken(secret, signatureId);
  await db.$executeRaw`
    UPDATE "signature" SET "unsubscribe_token_hash" = ${hashToken(token)}
    WHERE "id" = ${signatureId}::uuid AND "unsubscribe_token_hash" IS NULL
      AND "status" IN ('PENDING', 'CONFIRMED') AND "erased_at" IS NULL`;
  return token;
}

/**
 * Stops news for the signature behind the token, in one statement: wants_updates becomes
 * false, its deliveries still waiting become SKIPPED, and the consent record notes when.
 * Repeating it changes nothing and records nothing more. Returns whether news was on until
 * now, for tests and logs only: callers answer the same whatever the token (no oracle).
 */
export async function unsubscribeFromNews(db: Database, token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH target AS (
      SELECT "id", "locale", "wants_updates" FROM "signature"
      WHERE "unsubscribe_token_hash" = ${hashToken(token)}
      FOR UPDATE
    ),
    stopped AS (
      UPDATE "signature" s SET "wants_updates" = false
      FROM target t WHERE s."id" = t."id" AND t."wants_updates"
      RETURNING s."id", s."locale"
    ),
    -- A delivery being sent right now is locked by the batch and skipped here; the batch
    -- reads wants_updates just before each send, so only an email already in flight leaves.
    waiting AS (
      SELECT "update_id", "signature_id" FROM "news_delivery"
      WHERE "signature_id" IN (SELECT "id" FROM target) AND "status" = 'QUEUED'
      FOR UPDATE SKIP LOCKED
    ),
    skipped AS (
      UPDATE "news_delivery" d SET "status" = 'SKIPPED'
      FROM waiting w WHERE d."update_id" = w."update_id" AND d."signature_id" = w."signature_id"
    ),
    recorded AS (
      INSERT INTO "consent_event" ("id", "signature_id", "kind", "notice_id", "locale", "wants_updates", "occurred_at")
      SELECT gen_random_uuid(), "id", 'NEWS_UNSUBSCRIBED', NULL, "locale", false, ${now} FROM stopped
    )
    SELECT "id"::text AS id FROM stopped`;
  return rows.length === 1;
}

/**
 * The language of the signer behind an unsubscribe token, for sending a browser that opened
 * the one-click address to the page in that language; Spanish for anything unknown.
 */
export async function unsubscribeLocale(db: Database, token: string): Promise<Locale> {
  if (!isWellFormedToken(token)) return asLocale(undefined);
  const row = await db.signature.findUnique({
    where: { unsubscribeTokenHash: hashToken(token) },
    select: { locale: true },
  });
  return asLocale(row?.locale);
}

/** RFC 8058 §3.1: the one-click POST carries exactly this form field. */
export function isOneClickBody(body: string): boolean {
  return new URLSearchParams(body).get("List-Unsubscribe") === "One-Click";
}
