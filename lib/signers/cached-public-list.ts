import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { EnvError } from "@/lib/env";
import { isDatabaseOutage, reportBug } from "@/lib/errors";
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
// figure. unstable_cache keys each page by its argument.
const cacheOptions = { tags: [SIGNATURE_COUNTS_TAG], revalidate: 60 };
const cachedCount = unstable_cache(() => countListedNames(db()), ["public-list-count"], cacheOptions);
const cachedPage = unstable_cache(
  (page: number) => readListedNames(db(), { page }),
  ["public-list-page"],
  cacheOptions,
);

/**
 * One page of the public list, or null when the database cannot be read (a build without
 * one, or an outage): the page then renders without names. As in getPublicStats, the
 * error escapes the cached functions, so a null is never cached. A page past the end is
 * answered from the count alone, so made-up page numbers add nothing to the cache.
 */
export async function getPublicListPage(page: number): Promise<PublicListPage | null> {
  try {
    const listed = await cachedCount();
    const pages = pageCount(listed);
    const signers = page <= pages ? await cachedPage(page) : [];
    return { signers, listed, pages };
  } catch (error) {
    if (!(error instanceof EnvError) && !isDatabaseOutage(error)) throw reportBug("getPublicListPage", error);
    return null;
  }
}
