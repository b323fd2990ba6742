// Per-network limits, counted in PostgreSQL so every app instance shares them. Used by
// signing (lib/petition/rate-limit.ts) and organizer sign-in alike.
//
// Most limits are counted by rate-limiter-flexible, one statement per request. Signing
// counts in the statement that stores the signature instead (countInStatement): one round
// trip and one commit fewer on the busiest path, in the same rows and with the same fixed
// window as the library's, so both read alike and one purge serves them.
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/db";

export interface RateLimitRule {
  /** Requests allowed per window; a whole school signing from one network must fit. */
  points: number;
  windowSeconds: number;
}

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export function createRateLimiter(pool: pg.Pool, name: string, { points, windowSeconds }: RateLimitRule) {
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    tableName: "rate_limit",
    // The table comes from our migrations, so it is checked against schema.prisma.
    tableCreated: true,
    keyPrefix: name,
    points,
    duration: windowSeconds,
  });

  /** Counts one request for the key (a keyed hash, never an address). Throws when the database is away. */
  return async function consume(key: string): Promise<RateLimitOutcome> {
    try {
      await limiter.consume(key);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000)) };
      }
      throw rejection;
    }
  };
}

/** A limit counted inside another statement: its name (the rows' key prefix) and its rule. */
export interface CountedLimit {
  name: string;
  rule: RateLimitRule;
}

/** What countInStatement's CTE returns: the count in the current window and when it ends. */
export interface WindowCount {
  points: number;
  /** The window's end, in milliseconds since the epoch. */
  expire: number;
}

/**
 * A data-modifying CTE body that counts one request for `key` and returns its WindowCount.
 * The row is the library's (`name:key`, points, expire in ms): a window starts with its first
 * request and lasts the rule's length; a request after it starts the next one.
 */
export function countInStatement({ name, rule }: CountedLimit, key: string, now: Date): Prisma.Sql {
  const nowMs = now.getTime();
  return Prisma.sql`
    INSERT INTO "rate_limit" ("key", "points", "expire")
    VALUES (${`${name}:${key}`}, 1, ${nowMs + rule.windowSeconds * 1000}::bigint)
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "rate_limit"."expire" <= ${nowMs}::bigint THEN 1 ELSE "rate_limit"."points" + 1 END,
      "expire" = CASE WHEN "rate_limit"."expire" <= ${nowMs}::bigint THEN EXCLUDED."expire" ELSE "rate_limit"."expire" END
    RETURNING "points", "expire"::float8 AS "expire"`;
}

/** The outcome of a count returned by countInStatement, as createRateLimiter would answer. */
export function outcomeOf(
  { rule }: CountedLimit,
  { points, expire }: WindowCount,
  now: Date,
): RateLimitOutcome {
  if (points <= rule.points) return { allowed: true };
  return {
    allowed: false,
    retryAfterMinutes: Math.max(1, Math.ceil(Math.max(0, expire - now.getTime()) / 60_000)),
  };
}

/** Windows that ended longer ago than this are deleted (the library's own purge waits as long). */
export const ENDED_WINDOW_KEPT_MS = 60 * 60_000;

/**
 * Deletes the counts whose window ended over an hour ago, hourly from the worker's cron: the
 * library purges only in the processes that created one of its limiters, and signing has none.
 */
export async function purgeEndedWindows(db: Database, now = new Date()): Promise<number> {
  return db.$executeRaw`DELETE FROM "rate_limit" WHERE "expire" < ${now.getTime() - ENDED_WINDOW_KEPT_MS}::bigint`;
}
