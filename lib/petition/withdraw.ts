// Withdrawing a signature: it stops counting and its personal data is erased, as the
// right of cancellation asks (LFPDPPP, arts. 22 and 25). What stays is an anonymous
// tombstone (country, state, dates) so the statistics remain true, and the consent record,
// which gains a WITHDRAWN event: the proof that consent was revoked, and when. The counters
// follow the status change by themselves (see lib/petition/counters.ts).
import type { Database } from "@/lib/db";
import { hashToken, isWellFormedToken } from "@/lib/security/tokens";

export type WithdrawTokenState = "active" | "invalid";

export async function inspectWithdrawToken(db: Database, token: string): Promise<WithdrawTokenState> {
  if (!isWellFormedToken(token)) return "invalid";
  const rows = await db.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "signature" WHERE "withdraw_token_hash" = ${hashToken(token)}`;
  return rows.length > 0 ? "active" : "invalid";
}

/** Returns true when a signature was withdrawn, false when the link matches nothing (already withdrawn). */
export async function withdrawSignature(db: Database, token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const rows = await db.$queryRaw<{ was_confirmed: boolean }[]>`
    WITH previous AS (
      SELECT "id", "status", "locale" FROM "signature"
      WHERE "withdraw_token_hash" = ${hashToken(token)}
      FOR UPDATE
    ),
    withdrawn AS (
      UPDATE "signature" s SET
        "status" = 'WITHDRAWN', "withdrawn_at" = ${now},
        "name" = NULL, "email" = NULL, "email_canonical" = NULL, "ip_hash" = NULL,
        "confirm_token_hash" = NULL, "withdraw_token_hash" = NULL, "unsubscribe_token_hash" = NULL
      FROM previous p WHERE s."id" = p."id"
      RETURNING p."id", p."locale", p."status" = 'CONFIRMED' AS was_confirmed
    ),
    recorded AS (
      INSERT INTO "consent_event" ("id", "signature_id", "kind", "notice_id", "locale", "occurred_at")
      SELECT gen_random_uuid(), "id", 'WITHDRAWN'::consent_event_kind, NULL, "locale", ${now}::timestamptz
      FROM withdrawn
    )
    SELECT was_confirmed FROM withdrawn`;
  return rows.length === 1;
}
