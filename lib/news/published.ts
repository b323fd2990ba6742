import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Locale } from "@/i18n/routing";
import { readForCache, type CachedRead } from "@/lib/cache/read-for-cache";
import { db } from "@/lib/db";
import { findPublishedNews, listPublishedNews, listPublishedSlugs, type PublishedNewsRow } from "./content";
import { excerptOf } from "./excerpt";

/**
 * Tag of every cached read of the news. The organizers' save and publish actions call
 * updateTag with it (not revalidateTag): the organizer who just published must see the
 * update on the public pages at once, and the next visitor too.
 */
export const NEWS_TAG = "news";

/** The list page shows this many; a campaign's whole history fits in it. */
export const NEWS_LIST_LIMIT = 100;
/** Entries in each Atom feed: what a feed reader needs to catch up. */
export const NEWS_FEED_LIMIT = 20;

/** A published update as the public pages use it. Dates are ISO strings, as the pages print them. */
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

async function cachedList() {
  "use cache";
  cacheTag(NEWS_TAG);
  cacheLife("news");
  return readForCache("getPublishedNewsList", async (): Promise<NewsSummary[]> =>
    (await listPublishedNews(db(), { limit: NEWS_LIST_LIMIT })).items.map(toSummary),
  );
}

async function cachedFeed() {
  "use cache";
  cacheTag(NEWS_TAG);
  cacheLife("news");
  return readForCache("getNewsFeedEntries", async (): Promise<PublishedNews[]> =>
    (await listPublishedNews(db(), { limit: NEWS_FEED_LIMIT })).items.map(toPublished),
  );
}

// The slug is an argument, so it is part of the cache key.
async function cachedBySlug(slug: string) {
  "use cache";
  cacheTag(NEWS_TAG);
  cacheLife("news");
  return readForCache("getPublishedNews", async (): Promise<PublishedNews | null> => {
    const row = await findPublishedNews(db(), slug);
    return row ? toPublished(row) : null;
  });
}

async function cachedSlugs() {
  "use cache";
  cacheTag(NEWS_TAG);
  cacheLife("news");
  return readForCache("getPublishedSlugs", async () =>
    (await listPublishedSlugs(db())).map(({ slug, updatedAt }) => ({
      slug,
      updatedAt: updatedAt.toISOString(),
    })),
  );
}

/**
 * The value of a cached read. Without a database (a build without one) the answer is
 * `none`: the page is prerendered empty and filled on its first revalidation. When the
 * database is away the read fails with an error that holds no data: a page being
 * revalidated then keeps serving its last good version instead of an empty list being
 * cached as true. readForCache has logged the outage, and reported anything else as a bug.
 */
async function valueOf<T>(where: string, read: Promise<CachedRead<T>>, none: T): Promise<T> {
  const answer = await read;
  if ("value" in answer) return answer.value;
  if (answer.failure === "no-database") return none;
  throw new NewsUnavailableError(where);
}

export class NewsUnavailableError extends Error {
  override name = "NewsUnavailableError";
  constructor(where: string) {
    super(`${where}: the database is unavailable`);
  }
}

/** The newest published updates. */
export function getPublishedNewsList(): Promise<NewsSummary[]> {
  return valueOf("getPublishedNewsList", cachedList(), []);
}

/** The newest updates with their full text, for the feeds. */
export function getNewsFeedEntries(): Promise<PublishedNews[]> {
  return valueOf("getNewsFeedEntries", cachedFeed(), []);
}

/** One published update, or null for an unknown slug or a draft. */
export async function getPublishedNews(slug: string): Promise<PublishedNews | null> {
  // Anyone can ask for any address: only slugs that exist reach the per-slug cache, so
  // made-up ones cannot fill it.
  const slugs = await getPublishedSlugs();
  if (!slugs.some((entry) => entry.slug === slug)) return null;
  return valueOf("getPublishedNews", cachedBySlug(slug), null);
}

/** Every published slug, for prerendering, the sitemap and telling real slugs from made-up ones. */
export function getPublishedSlugs(): Promise<{ slug: string; updatedAt: string }[]> {
  return valueOf("getPublishedSlugs", cachedSlugs(), []);
}
