import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { readForCache } from "@/lib/cache/read-for-cache";
import { db } from "@/lib/db";
import { SIGNATURE_COUNTS_TAG } from "@/lib/stats/public-stats";
import { pageCount } from "./pages";
import { countListedNames, readListedNames, type PublicSigner } from "./public-list";

export interface PublicListPage {
  /** Names on this page, newest confirmation first; none past the last page. */
  signers: PublicSigner[];
  /** Names on the whole list. */
  listed: number;
  /** Pages of the whole list (at least one). */
  pages: number;
}

// Tagged like the public count: confirming, withdrawing, invalidating and hiding all
// revalidate SIGNATURE_COUNTS_TAG, so a name leaves every cached page together with the
// figure.
async function cachedCount() {
  "use cache";
  cacheTag(SIGNATURE_COUNTS_TAG);
  cacheLife("counts");
  return readForCache("getPublicListPage", () => countListedNames(db()));
}

// The page number is an argument, so it is part of the cache key.
async function cachedPage(page: number) {
  "use cache";
  cacheTag(SIGNATURE_COUNTS_TAG);
  cacheLife("counts");
  return readForCache("getPublicListPage", () => readListedNames(db(), { page }));
}

/**
 * One page of the public list, or null when the database cannot be read (a build without
 * one, or an outage): the page then renders without names, for a second. A page past the
 * end is answered from the count alone, so made-up page numbers add nothing to the cache.
 */
export async function getPublicListPage(page: number): Promise<PublicListPage | null> {
  const count = await cachedCount();
  if (!("value" in count)) return null;
  const listed = count.value;
  const pages = pageCount(listed);
  if (page > pages) return { signers: [], listed, pages };
  const names = await cachedPage(page);
  return "value" in names ? { signers: names.value, listed, pages } : null;
}
