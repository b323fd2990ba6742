import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { readPublicStats } from "./read-public-stats";
import type { PublicStats } from "./shape";
import { EnvError } from "@/lib/env";
import { isDatabaseOutage, reportBug } from "@/lib/errors";

export type { PublicStats } from "./shape";

/** Revalidate this tag after a signature is confirmed or withdrawn. */
export const SIGNATURE_COUNTS_TAG = "signature-counts";

const cachedStats = unstable_cache(() => readPublicStats(db()), ["public-stats"], {
  tags: [SIGNATURE_COUNTS_TAG],
  revalidate: 60,
});

/**
 * The public figures, at most a minute old (sooner when the tag is revalidated).
 * Null when the database cannot be read, e.g. during `next build` without one: pages
 * then render without figures. The null is never cached, because the error escapes
 * the cached function and is caught only here.
 */
export async function getPublicStats(): Promise<PublicStats | null> {
  try {
    return await cachedStats();
  } catch (error) {
    // No database (a build without one) or the database away: the public sees less.
    // Anything else is a bug and goes to the error page.
    if (!(error instanceof EnvError) && !isDatabaseOutage(error)) throw reportBug("getPublicStats", error);
    return null;
  }
}
