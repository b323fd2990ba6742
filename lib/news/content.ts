// Campaign updates in the database: drafts, corrections, publishing, and the lists the
// public pages, the feeds and the organizers read. Uncached; ./published.ts caches the
// public reads. Every write that could race another organizer's is guarded by updated_at
// (the version the editor started from), and the slug by its unique index.
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db";
import type { NewsText } from "./schema";
import { slugCandidate, slugFromTitle, slugHasBase } from "./slug";

/** Enough for any campaign; only a bug (or a thousand updates with one title) runs out. */
const SLUG_ATTEMPTS = 1000;

function isUniqueViolation(error: unknown): boolean {
  return !!error && typeof error === "object" && (error as { code?: unknown }).code === "P2002";
}

/**
 * Finds a free slug for `base` and claims it with `claim`, which answers null when the
 * unique index refused the slug (someone took it meanwhile): the next candidate is tried.
 * The read only skips candidates known to be taken; the index is what decides.
 */
async function claimSlug<T>(
  database: Database,
  base: string,
  claim: (slug: string) => Promise<T | null>,
): Promise<T> {
  const taken = new Set(
    (
      await database.newsUpdate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
    ).map((row) => row.slug),
  );
  for (let attempt = 1; attempt <= SLUG_ATTEMPTS; attempt += 1) {
    const slug = slugCandidate(base, attempt);
    if (taken.has(slug)) continue;
    const claimed = await claim(slug);
    if (claimed !== null) return claimed;
  }
  throw new Error(`No free slug for "${base}" after ${SLUG_ATTEMPTS} attempts`);
}

export interface CreatedNews {
  id: string;
  slug: string;
  updatedAt: Date;
}

/**
 * Stores a new draft; its slug comes from the Spanish title and is unique. The editor
 * chooses the id when it shows an empty form, so a form posted twice (a double click
 * without JavaScript, a resubmitted page) finds its draft instead of making a second one:
 * null means a draft with this id exists already.
 */
export async function createNewsDraft(
  database: Database,
  text: NewsText,
  authorEmail: string,
  { id = randomUUID(), now = new Date() }: { id?: string; now?: Date } = {},
): Promise<CreatedNews | null> {
  if (await database.newsUpdate.findUnique({ where: { id }, select: { id: true } })) return null;
  const created = await claimSlug(database, slugFromTitle(text.titleEs), async (candidate) => {
    // ON CONFLICT DO NOTHING: a taken slug (or id) is a count of 0, not an error.
    const { count } = await database.newsUpdate.createMany({
      data: [{ id, slug: candidate, ...text, authorEmail, createdAt: now, updatedAt: now }],
      skipDuplicates: true,
    });
    if (count === 1) return { slug: candidate };
    // The same form posted twice at once: the other post created it.
    const byId = await database.newsUpdate.findUnique({ where: { id }, select: { id: true } });
    return byId ? { slug: null } : null;
  });
  return created.slug === null ? null : { id, slug: created.slug, updatedAt: now };
}

export type UpdateNewsResult =
  | { outcome: "updated"; slug: string; status: "DRAFT" | "PUBLISHED"; updatedAt: Date }
  /** Someone saved or published it after `expectedUpdatedAt`; nothing was written. */
  | { outcome: "stale"; updatedAt: Date }
  | { outcome: "not-found" };

/**
 * Replaces the text of a draft or a published update. A draft's slug follows its Spanish
 * title; a published update keeps its slug and publication date (its address is out in
 * the world), and updated_at tells readers and feeds that it was corrected.
 */
export async function updateNewsText(
  database: Database,
  id: string,
  text: NewsText,
  { expectedUpdatedAt, now = new Date() }: { expectedUpdatedAt?: Date; now?: Date } = {},
): Promise<UpdateNewsResult> {
  const current = await database.newsUpdate.findUnique({
    where: { id },
    select: { slug: true, status: true, updatedAt: true },
  });
  if (!current) return { outcome: "not-found" };
  const expected = expectedUpdatedAt ?? current.updatedAt;
  if (current.updatedAt.getTime() !== expected.getTime())
    return { outcome: "stale", updatedAt: current.updatedAt };

  const write = async (slug: string) => {
    const { count } = await database.newsUpdate.updateMany({
      where: { id, updatedAt: expected },
      data: { ...text, slug, updatedAt: now },
    });
    return count === 1;
  };

  const base = slugFromTitle(text.titleEs);
  const keepsSlug = current.status === "PUBLISHED" || slugHasBase(current.slug, base);
  const written = keepsSlug
    ? { slug: current.slug, written: await write(current.slug) }
    : await claimSlug(database, base, async (slug) => {
        try {
          return { slug, written: await write(slug) };
        } catch (error) {
          if (isUniqueViolation(error)) return null;
          throw error;
        }
      });
  if (written.written)
    return { outcome: "updated", slug: written.slug, status: current.status, updatedAt: now };
  // The row changed between the read and the write.
  const after = await database.newsUpdate.findUnique({ where: { id }, select: { updatedAt: true } });
  return after ? { outcome: "stale", updatedAt: after.updatedAt } : { outcome: "not-found" };
}

export type PublishNewsResult = "published" | "already-published" | "stale" | "not-found";

/**
 * Publishes a draft: once. Its publication date is now and never changes afterwards.
 * With `expectedUpdatedAt`, only the text the organizer saw is published.
 */
export async function publishNews(
  database: Database,
  id: string,
  { expectedUpdatedAt, now = new Date() }: { expectedUpdatedAt?: Date; now?: Date } = {},
): Promise<PublishNewsResult> {
  const { count } = await database.newsUpdate.updateMany({
    where: { id, status: "DRAFT", ...(expectedUpdatedAt ? { updatedAt: expectedUpdatedAt } : {}) },
    data: { status: "PUBLISHED", publishedAt: now, updatedAt: now },
  });
  if (count === 1) return "published";
  const current = await database.newsUpdate.findUnique({ where: { id }, select: { status: true } });
  if (!current) return "not-found";
  return current.status === "PUBLISHED" ? "already-published" : "stale";
}

const PUBLIC_FIELDS = {
  id: true,
  slug: true,
  titleEs: true,
  bodyEs: true,
  titleEn: true,
  bodyEn: true,
  publishedAt: true,
  updatedAt: true,
} as const;

export interface PublishedNewsRow {
  id: string;
  slug: string;
  titleEs: string;
  bodyEs: string;
  titleEn: string;
  bodyEn: string;
  publishedAt: Date;
  updatedAt: Date;
}

/** Where a page of the published list starts: after this update, in newest-first order. */
export interface NewsCursor {
  publishedAt: Date;
  id: string;
}

export interface PublishedNewsPage {
  items: PublishedNewsRow[];
  /** The cursor of the next (older) page, or null on the last one. */
  next: NewsCursor | null;
}

/** Published updates, newest first, `limit` at a time. Drafts never appear. */
export async function listPublishedNews(
  database: Database,
  { limit, after }: { limit: number; after?: NewsCursor },
): Promise<PublishedNewsPage> {
  const rows = await database.newsUpdate.findMany({
    where: {
      status: "PUBLISHED",
      publishedAt: { not: null },
      ...(after
        ? {
            OR: [
              { publishedAt: { lt: after.publishedAt } },
              { publishedAt: after.publishedAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: PUBLIC_FIELDS,
  });
  const items = rows.slice(0, limit).map(asPublished);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? { publishedAt: last.publishedAt, id: last.id } : null };
}

/** One published update by its slug, or null (unknown, or still a draft). */
export async function findPublishedNews(database: Database, slug: string): Promise<PublishedNewsRow | null> {
  const row = await database.newsUpdate.findFirst({
    where: { slug, status: "PUBLISHED", publishedAt: { not: null } },
    select: PUBLIC_FIELDS,
  });
  return row ? asPublished(row) : null;
}

function asPublished(
  row: Omit<PublishedNewsRow, "publishedAt"> & { publishedAt: Date | null },
): PublishedNewsRow {
  return { ...row, publishedAt: row.publishedAt ?? row.updatedAt };
}

/** The slugs of every published update (for the sitemap and prerendering), newest first. */
export async function listPublishedSlugs(database: Database): Promise<{ slug: string; updatedAt: Date }[]> {
  return database.newsUpdate.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { slug: true, updatedAt: true },
  });
}

export interface OrganizerNewsRow {
  id: string;
  slug: string;
  status: "DRAFT" | "PUBLISHED";
  titleEs: string;
  titleEn: string;
  authorEmail: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  emailQueuedAt: Date | null;
}

/** Every update for the organizers: drafts first, then published ones, newest first. */
export async function listNewsForOrganizers(database: Database): Promise<OrganizerNewsRow[]> {
  return database.newsUpdate.findMany({
    orderBy: [{ status: "asc" }, { publishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      status: true,
      titleEs: true,
      titleEn: true,
      authorEmail: true,
      createdAt: true,
      updatedAt: true,
      publishedAt: true,
      emailQueuedAt: true,
    },
  });
}

export interface EditableNews extends NewsText {
  id: string;
  slug: string;
  status: "DRAFT" | "PUBLISHED";
  updatedAt: Date;
  publishedAt: Date | null;
  emailQueuedAt: Date | null;
}

/** One update with its full text, for the editor. */
export async function findNewsForEditing(database: Database, id: string): Promise<EditableNews | null> {
  return database.newsUpdate.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      titleEs: true,
      bodyEs: true,
      titleEn: true,
      bodyEn: true,
      updatedAt: true,
      publishedAt: true,
      emailQueuedAt: true,
    },
  });
}
