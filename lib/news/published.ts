import "server-only";
import { unstable_cache } from "next/cache";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { EnvError } from "@/lib/env";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { findPublishedNews, listPublishedNews, listPublishedSlugs, type PublishedNewsRow } from "./content";
import { excerptOf } from "./excerpt";

/**
 * Tag of every cached read of the news. The organizers' save and publish actions call
 * updateTag with it (not revalidateTag): the organizer who just published must see the
 * update on the public pages at once, and the next visitor too.
 */
export const NEWS_TAG = "news";

// Publishing revalidates at once; the time limit covers changes made outside the editor.
const REVALIDATE_SECONDS = 300;

/** The list page shows this many; a campaign's whole history fits in it. */
export const NEWS_LIST_LIMIT = 100;
/** Entries in each Atom feed: what a feed reader needs to catch up. */
export const NEWS_FEED_LIMIT = 20;

/** A published update as the public pages use it. Dates are ISO strings: cached values are JSON. */
export interface PublishedNews {
  id: string;
  slug: string;
  publishedAt: string;
  updatedAt: string;
  title: Record<Locale, string>;
  body: Record<Locale, string>;
}

/** An entry of the list page: title and the first paragraph as plain text. */
export interface NewsSummary {
  id: string;
  slug: string;
  publishedAt: string;
  updatedAt: string;
  title: Record<Locale, string>;
  excerpt: Record<Locale, string>;
}

function toPublished(row: PublishedNewsRow): PublishedNews {
  return {
    id: row.id,
    slug: row.slug,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    title: { es: row.titleEs, en: row.titleEn },
    body: { es: row.bodyEs, en: row.bodyEn },
  };
}

function toSummary(row: PublishedNewsRow): NewsSummary {
  const { body, ...rest } = toPublished(row);
  return { ...rest, excerpt: { es: excerptOf(body.es), en: excerptOf(body.en) } };
}

const cachedList = unstable_cache(
  async (): Promise<NewsSummary[]> =>
    (await listPublishedNews(db(), { limit: NEWS_LIST_LIMIT })).items.map(toSummary),
  ["news-list"],
  { tags: [NEWS_TAG], revalidate: REVALIDATE_SECONDS },
);

const cachedFeed = unstable_cache(
  async (): Promise<PublishedNews[]> =>
    (await listPublishedNews(db(), { limit: NEWS_FEED_LIMIT })).items.map(toPublished),
  ["news-feed"],
  { tags: [NEWS_TAG], revalidate: REVALIDATE_SECONDS },
);

// The slug is an argument, so it is part of the cache key.
const cachedBySlug = unstable_cache(
  async (slug: string): Promise<PublishedNews | null> => {
    const row = await findPublishedNews(db(), slug);
    return row ? toPublished(row) : null;
  },
  ["news-by-slug"],
  { tags: [NEWS_TAG], revalidate: REVALIDATE_SECONDS },
);

const cachedSlugs = unstable_cache(
  async () =>
    (await listPublishedSlugs(db())).map(({ slug, updatedAt }) => ({
      slug,
      updatedAt: updatedAt.toISOString(),
    })),
  ["news-slugs"],
  { tags: [NEWS_TAG], revalidate: REVALIDATE_SECONDS },
);

/**
 * Runs a cached read. Without a database (a build without one) the answer is `none`: the
 * page is prerendered empty and filled on its first revalidation. When the database is
 * away the read fails with an error that holds no data: a page being revalidated then
 * keeps serving its last good version instead of an empty list being cached as true.
 * Anything else is a bug. Neither answer is cached: the error escapes the cached function.
 */
async function read<T>(where: string, run: () => Promise<T>, none: T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof EnvError) return none;
    if (!isDatabaseOutage(error)) throw reportBug(where, error);
    reportOutage(where, error);
    throw new NewsUnavailableError(where);
  }
}

export class NewsUnavailableError extends Error {
  override name = "NewsUnavailableError";
  constructor(where: string) {
    super(`${where}: the database is unavailable`);
  }
}

/** The newest published updates. */
export function getPublishedNewsList(): Promise<NewsSummary[]> {
  return read("getPublishedNewsList", cachedList, []);
}

/** The newest updates with their full text, for the feeds. */
export function getNewsFeedEntries(): Promise<PublishedNews[]> {
  return read("getNewsFeedEntries", cachedFeed, []);
}

/** One published update, or null for an unknown slug or a draft. */
export async function getPublishedNews(slug: string): Promise<PublishedNews | null> {
  // Anyone can ask for any address: only slugs that exist reach the per-slug cache, so
  // made-up ones cannot fill it.
  const slugs = await getPublishedSlugs();
  if (!slugs.some((entry) => entry.slug === slug)) return null;
  return read("getPublishedNews", () => cachedBySlug(slug), null);
}

/** Every published slug, for prerendering, the sitemap and telling real slugs from made-up ones. */
export function getPublishedSlugs(): Promise<{ slug: string; updatedAt: string }[]> {
  return read("getPublishedSlugs", cachedSlugs, []);
}
