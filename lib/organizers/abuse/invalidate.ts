// Setting aside signatures an organizer judges abusive. Like a withdrawal, an invalidated
// signature keeps no personal data (LFPDPPP art. 25) and leaves the public count; its
// owner may sign again. Every invalidation is logged with its criterion and its size, and
// each signature's consent record gains an INVALIDATED event.
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Criterion } from "./criterion";

export interface MatchCount {
  /** Live (pending or confirmed) signatures the criterion matches. */
  matched: number;
  /** Of those, the confirmed ones: the public count drops by this many. */
  confirmed: number;
}

export type InvalidationResult =
  | { outcome: "invalidated"; invalidationId: string; signatureCount: number; confirmedCount: number }
  /** The matches changed since the organizer's preview; nothing was done. */
  | ({ outcome: "changed" } & MatchCount);

export interface InvalidationRequest {
  criterion: Criterion;
  organizerEmail: string;
  /** The count the organizer saw in the preview and agreed to invalidate. */
  expected: number;
  now?: Date;
}

/** SQL condition on signature `s`: live, and meeting every part of the criterion. */
function matching({ emailDomain, ipHash, signedFrom, signedUntil }: Criterion): Prisma.Sql {
  const conditions = [
    Prisma.sql`s."status" IN ('PENDING', 'CONFIRMED')`,
    emailDomain === null ? null : Prisma.sql`lower(split_part(s."email", '@', 2)) = ${emailDomain}`,
    ipHash === null ? null : Prisma.sql`s."ip_hash" = ${ipHash}`,
    signedFrom === null ? null : Prisma.sql`s."created_at" >= ${signedFrom}`,
    signedUntil === null ? null : Prisma.sql`s."created_at" < ${signedUntil}`,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  return Prisma.join(conditions, " AND ");
}

export async function previewInvalidation(db: Database, criterion: Criterion): Promise<MatchCount> {
  const rows = await db.$queryRaw<MatchCount[]>`
    SELECT count(*)::int AS matched, (count(*) FILTER (WHERE s."status" = 'CONFIRMED'))::int AS confirmed
    FROM "signature" s WHERE ${matching(criterion)}`;
  return rows[0] ?? { matched: 0, confirmed: 0 };
}

/**
 * Invalidates every signature the criterion matches. The log row, the erasure and the
 * counter decrements (the database's, see lib/petition/counters.ts) are one statement, so
 * they commit together or not at all. When the
 * number of matches is not the one the organizer previewed, nothing changes and the new
 * numbers come back instead.
 *
 * The matching rows are locked by a statement of their own first, in the same transaction.
 * A confirmation under way finishes before the writing statement starts, so that
 * statement's snapshot counts it; any later confirmation finds its signature gone. Locking
 * only inside the writing statement is not enough: its snapshot would predate the
 * confirmations it waited for.
 */
export async function invalidateSignatures(
  db: Database,
  { criterion, organizerEmail, expected, now = new Date() }: InvalidationRequest,
): Promise<InvalidationResult> {
  // Nothing previewed, nothing to act on: answer with the current numbers without locking.
  if (expected < 1) return { outcome: "changed", ...(await previewInvalidation(db, criterion)) };
  const id = randomUUID();
  const lock = db.$queryRaw`
    SELECT count(*)::int AS locked FROM (
      SELECT 1 FROM "signature" s WHERE ${matching(criterion)} ORDER BY s."id" FOR UPDATE
    ) locked_rows`;
  const invalidate = db.$queryRaw<(MatchCount & { invalidated: boolean })[]>`
    WITH matched AS (
      -- Already locked, save signatures stored since; those are locked here.
      SELECT s."id", s."status", s."locale"
      FROM "signature" s WHERE ${matching(criterion)}
      ORDER BY s."id"
      FOR UPDATE
    ),
    tally AS (
      SELECT count(*)::int AS matched, (count(*) FILTER (WHERE "status" = 'CONFIRMED'))::int AS confirmed
      FROM matched
    ),
    logged AS (
      INSERT INTO "signature_invalidation" (
        "id", "organizer_email", "email_domain", "ip_hash", "signed_from", "signed_until",
        "signature_count", "confirmed_count", "created_at")
      SELECT ${id}::uuid, ${organizerEmail}::text, ${criterion.emailDomain}::text, ${criterion.ipHash}::varchar,
             ${criterion.signedFrom}::timestamptz, ${criterion.signedUntil}::timestamptz,
             t.matched, t.confirmed, ${now}::timestamptz
      FROM tally t WHERE t.matched > 0 AND t.matched = ${expected}::int
      RETURNING "id"
    ),
    invalidated AS (
      UPDATE "signature" s SET
        "status" = 'INVALIDATED', "invalidation_id" = l."id",
        "name" = NULL, "email" = NULL, "email_canonical" = NULL, "ip_hash" = NULL,
        "confirm_token_hash" = NULL, "withdraw_token_hash" = NULL, "unsubscribe_token_hash" = NULL
      FROM matched m, logged l WHERE s."id" = m."id"
      RETURNING m."id", m."locale"
    ),
    recorded AS (
      INSERT INTO "consent_event" ("id", "signature_id", "kind", "notice_id", "locale", "occurred_at")
      SELECT gen_random_uuid(), "id", 'INVALIDATED'::consent_event_kind, NULL, "locale", ${now}::timestamptz
      FROM invalidated
    )
    SELECT t.matched, t.confirmed, EXISTS (SELECT 1 FROM logged) AS invalidated FROM tally t`;
  const [, rows] = await db.$transaction([lock, invalidate]);

  const row = rows[0] ?? { matched: 0, confirmed: 0, invalidated: false };
  if (!row.invalidated) return { outcome: "changed", matched: row.matched, confirmed: row.confirmed };
  return {
    outcome: "invalidated",
    invalidationId: id,
    signatureCount: row.matched,
    confirmedCount: row.confirmed,
  };
}
