// Per-network limits, counted in PostgreSQL so every app instance shares them. Used by
// signing (lib/petition/rate-limit.ts) and organizer sign-in alike.
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

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
