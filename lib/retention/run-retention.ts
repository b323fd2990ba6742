// Retention: the privacy notice says how long each piece of personal data is kept; this is
// the code that keeps that promise. Each rule is one statement; the counters and every
// published figure are left as they are (the rules touch no counted status).
//
// - Unconfirmed signatures are deleted UNCONFIRMED_GRACE_DAYS after their link expired
//   (they never counted, and their owner never confirmed the address was theirs).
// - The keyed hash of the signer's network is dropped once it is older than the abuse
//   window (NETWORK_HASH_RETENTION_DAYS): organizers look for abuse within it, never after.
//   An invalidation by network keeps that hash in its log entry after its signatures lost
//   theirs; it goes when the newest of those signatures reaches the same age.
// - When the campaign has closed and the retention period in the settings has passed,
//   every remaining signature loses its name, email and hashes and becomes an anonymous
//   tombstone (country, state, language, dates) that still counts.
// - The local outbox, used and expired sign-in links and expired sessions are purged.
//
// LFPDPPP art. 11: personal data is kept only as long as the purpose it was given for.
import { randomUUID } from "node:crypto";
import { expireCacheTags } from "@/lib/cache/expire-tags";
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LOCAL_OUTBOX_RETENTION_HOURS } from "@/lib/email/mailer";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import type { CampaignSettings } from "@/lib/settings/schema";
import { SIGNATURE_COUNTS_TAG } from "@/lib/stats/cache-tags";
import { erasureDate } from "./erasure-date";
import { UNCONFIRMED_GRACE_DAYS } from "./rules";

export { UNCONFIRMED_GRACE_DAYS } from "./rules";

export interface RetentionOptions {
  db: Database;
  settings: Pick<CampaignSettings, "closesAt" | "retentionPeriod">;
  /** Days a network hash is kept (NETWORK_HASH_RETENTION_DAYS). */
  networkHashDays: number;
  now?: Date;
  /** Count what each rule would change, change nothing and log nothing. */
  dryRun?: boolean;
  /** Who ran it, for the log: "schedule" or "command line (<user>)". */
  trigger: string;
}

export interface RetentionCounts {
  unconfirmedDeleted: number;
  networkHashesDropped: number;
  signaturesErased: number;
  outboxDeleted: number;
  signInLinksDeleted: number;
  sessionsDeleted: number;
}

export interface RetentionResult extends RetentionCounts {
  /** When every signature's personal data goes, or null while the campaign has no closing date or period. */
  erasureDate: Date | null;
  dryRun: boolean;
}

const HOUR_MS = 3_600_000;

/** Runs every rule in one transaction, so a run is logged exactly when it happened. */
export async function runRetention({
  db,
  settings,
  networkHashDays,
  now = new Date(),
  dryRun = false,
  trigger,
}: RetentionOptions): Promise<RetentionResult> {
  const unconfirmedBefore = new Date(
    now.getTime() - (CONFIRMATION_TTL_HOURS + UNCONFIRMED_GRACE_DAYS * 24) * HOUR_MS,
  );
  const networkHashBefore = new Date(now.getTime() - networkHashDays * 24 * HOUR_MS);
  const outboxBefore = new Date(now.getTime() - LOCAL_OUTBOX_RETENTION_HOURS * HOUR_MS);
  const erasure = erasureDate(settings);
  const eraseNow = erasure !== null && now >= erasure;
  // Invalidations whose every signature is older than the network hash's age; all of them
  // once every signature is erased.
  const invalidationHashesDue = eraseNow
    ? Prisma.sql`"ip_hash" IS NOT NULL`
    : Prisma.sql`
        "ip_hash" IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM "signature" s
          WHERE s."invalidation_id" = "signature_invalidation"."id" AND s."created_at" >= ${networkHashBefore})`;

  const counts = await db.$transaction(async (tx) => {
    const count = async (query: Promise<{ count: number }[]>) => (await query)[0]?.count ?? 0;
    if (dryRun) {
      return {
        unconfirmedDeleted: await count(tx.$queryRaw`
          SELECT count(*)::int AS count FROM "signature"
          WHERE "status" = 'PENDING' AND "confirm_token_issued_at" < ${unconfirmedBefore}`),
        networkHashesDropped:
          (await count(tx.$queryRaw`
            SELECT count(*)::int AS count FROM "signature"
            WHERE "ip_hash" IS NOT NULL AND "created_at" < ${networkHashBefore}
              AND NOT ("status" = 'PENDING' AND "confirm_token_issued_at" < ${unconfirmedBefore})`)) +
          (await count(tx.$queryRaw`
            SELECT count(*)::int AS count FROM "signature_invalidation" WHERE ${invalidationHashesDue}`)),
        signaturesErased: eraseNow
          ? await count(tx.$queryRaw`
              SELECT count(*)::int AS count FROM "signature" WHERE "status" = 'CONFIRMED' AND "erased_at" IS NULL`)
          : 0,
        outboxDeleted: await count(tx.$queryRaw`
          SELECT count(*)::int AS count FROM "local_email" WHERE "created_at" < ${outboxBefore}`),
        signInLinksDeleted: await count(tx.$queryRaw`
          SELECT count(*)::int AS count FROM "organizer_login" WHERE "expires_at" < ${now} OR "used_at" IS NOT NULL`),
        sessionsDeleted: await count(tx.$queryRaw`
          SELECT count(*)::int AS count FROM "organizer_session" WHERE "expires_at" < ${now}`),
      };
    }

    const result: RetentionCounts = {
      unconfirmedDeleted: await tx.$executeRaw`
        DELETE FROM "signature" WHERE "status" = 'PENDING' AND "confirm_token_issued_at" < ${unconfirmedBefore}`,
      networkHashesDropped:
        (await tx.$executeRaw`
          UPDATE "signature" SET "ip_hash" = NULL WHERE "ip_hash" IS NOT NULL AND "created_at" < ${networkHashBefore}`) +
        (await tx.$executeRaw`
          UPDATE "signature_invalidation" SET "ip_hash" = NULL, "ip_hash_dropped_at" = ${now}
          WHERE ${invalidationHashesDue}`),
      // Confirmed signatures keep counting; what identified the person goes.
      signaturesErased: eraseNow
        ? await tx.$executeRaw`
            UPDATE "signature" SET
              "name" = NULL, "email" = NULL, "email_canonical" = NULL, "ip_hash" = NULL,
              "confirm_token_hash" = NULL, "withdraw_token_hash" = NULL, "unsubscribe_token_hash" = NULL,
              "show_name" = false, "wants_updates" = false, "erased_at" = ${now}
            WHERE "status" = 'CONFIRMED' AND "erased_at" IS NULL`
        : 0,
      outboxDeleted: await tx.$executeRaw`DELETE FROM "local_email" WHERE "created_at" < ${outboxBefore}`,
      signInLinksDeleted: await tx.$executeRaw`
        DELETE FROM "organizer_login" WHERE "expires_at" < ${now} OR "used_at" IS NOT NULL`,
      sessionsDeleted: await tx.$executeRaw`DELETE FROM "organizer_session" WHERE "expires_at" < ${now}`,
    };
    // The public list and counts cached before the erasure name people it just erased.
    if (result.signaturesErased > 0) await expireCacheTags(tx, [SIGNATURE_COUNTS_TAG]);
    await tx.retentionRun.create({
      data: {
        id: randomUUID(),
        trigger: trigger.slice(0, 40),
        startedAt: now,
        finishedAt: new Date(),
        ...result,
      },
    });
    return result;
  });

  return { ...counts, erasureDate: erasure, dryRun };
}

/** The latest runs, newest first, for the organizers' settings page. */
export async function latestRetentionRuns(db: Database, take = 5) {
  return db.retentionRun.findMany({ orderBy: { startedAt: "desc" }, take });
}
