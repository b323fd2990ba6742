import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { readForCache } from "@/lib/cache/read-for-cache";
import { db } from "@/lib/db";
import { readPublicStats } from "./read-public-stats";
import type { PublicStats } from "./shape";

export type { PublicStats } from "./shape";

import { SIGNATURE_COUNTS_TAG } from "./cache-tags";

export { SIGNATURE_COUNTS_TAG } from "./cache-tags";

async function cachedStats() {
  "use cache";
  cacheTag(SIGNATURE_COUNTS_TAG);
  cacheLife("counts");
  return readForCache("getPublicStats", () => readPublicStats(db()));
}

/**
 * The public figures, at most a minute old (sooner when the tag is revalidated), shared by
 * every server process (lib/cache/use-cache-handler.mjs). Null when the database cannot be
 * read, e.g. during `next build` without one: pages then render without figures, and that
 * answer is kept for a second only.
 */
export async function getPublicStats(): Promise<PublicStats | null> {
  const read = await cachedStats();
  return "value" in read ? read.value : null;
}
