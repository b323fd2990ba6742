import "server-only";
import { cacheLife } from "next/cache";
import { EnvError } from "@/lib/env";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";

/**
 * What a database read inside a `'use cache'` function answers: its value, or why there is
 * none. "no-database": no DATABASE_URL (a build without one); "outage": the database is away.
 */
export type CachedRead<T> = { value: T } | { failure: "no-database" | "outage" };

// How long an answer without data is kept: a second, so the site shows its figures again as
// soon as the database is back, and a build's pages are never kept at all (the shared handler
// does not read what the build wrote). Shorter lives are not stored by the handler.
const FAILURE_LIFE = { stale: 0, revalidate: 1, expire: 1 };

/**
 * Runs `read` inside a `'use cache'` function and keeps its failures apart from its value.
 * An error thrown there reaches the caller only through the cache's serialization, without
 * its class, so whether it was an outage is decided here, where the error is still itself.
 * Anything but an outage or a missing database is a bug: logged and thrown.
 */
export async function readForCache<T>(where: string, read: () => Promise<T>): Promise<CachedRead<T>> {
  try {
    return { value: await read() };
  } catch (error) {
    if (error instanceof EnvError) {
      cacheLife(FAILURE_LIFE);
      return { failure: "no-database" };
    }
    if (isDatabaseOutage(error)) {
      reportOutage(where, error);
      cacheLife(FAILURE_LIFE);
      return { failure: "outage" };
    }
    throw reportBug(where, error);
  }
}
