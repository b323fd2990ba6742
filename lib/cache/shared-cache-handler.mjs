// @ts-check
// One Next.js cache for every process and every instance: ISR pages, route responses and
// data cached with fetch or unstable_cache live in PostgreSQL (postgres-store.mjs), with each
// process's most used entries in memory in front (memory-layer.mjs), and tag revalidations
// reach every process over LISTEN/NOTIFY (tag-view.mjs). next.config.ts names this file as
// `cacheHandler`; `'use cache'` values go through use-cache-handler.mjs to the same SharedCache.
//
// Plain JavaScript, read by plain Node: Next imports this file itself, outside the app's
// bundle, during `next build` and in the production artifact (where it is traced into
// .next/standalone with pg). So it cannot import lib/env.ts; it reads the two variables it
// needs here. DATABASE_URL has been checked by lib/env.ts when the server started.
//
// Tags: when a cacheHandler is set, Next's revalidateTag/updateTag reach only its
// revalidateTag, and Next's own tags manifest (tags-manifest.external.js, an internal
// module) stays empty. This handler therefore decides staleness itself in get, through the
// documented handler interface only, with FileSystemCache's rules:
//   - a tag expired after the entry was written (updateTag, revalidateTag with expire 0):
//     get answers null, a miss, and Next renders or computes again before answering;
//   - a tag made stale after it (revalidateTag(tag, "max")): get returns the entry with a
//     lastModified old enough that its revalidate time has passed, so Next serves it once
//     more and regenerates it in the background (unstable_cache: stale value, fresh value
//     computed behind it). An entry without a revalidate time cannot be made stale that
//     way and is treated as expired.
// Timestamps are this machine's clock, as Next's: instances must keep their clocks in sync.
import { readFileSync } from "node:fs";
import path from "node:path";
import { MemoryLayer } from "./memory-layer.mjs";
import { PostgresStore, describeFailure, serializeEntry } from "./postgres-store.mjs";
import { TagView } from "./tag-view.mjs";

// Next's header listing an ISR page's or route's tags (NEXT_CACHE_TAGS_HEADER).
const CACHE_TAGS_HEADER = "x-next-cache-tags";
// An entry nobody regenerated for a day is rendered again on its next request; the sweep then
// deletes it, and entries of earlier builds with it.
const MAX_LIFETIME_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
// Next's default cacheMaxMemorySize.
const DEFAULT_MEMORY_BYTES = 50 * 1024 * 1024;

/**
 * @typedef {import("./postgres-store.mjs").StoredEntry} Entry
 * @typedef {{ revalidate?: number | false; expire?: number }} CacheControl
 * @typedef {{ kind: string; tags?: string[]; softTags?: string[]; revalidate?: number | false }} GetContext
 * @typedef {{ fetchCache?: boolean; tags?: string[]; cacheControl?: CacheControl }} SetContext
 * @typedef {{ expire?: number }} Durations
 * @typedef {{ serverDistDir?: string; maxMemoryCacheSize?: number }} HandlerContext
 */

/**
 * The shared cache of one process: its memory layer, its view of the tags and, unless it runs
 * memory-only (the build), its connections to PostgreSQL.
 */
export class SharedCache {
  /** @type {MemoryLayer<Entry>} */
  memory;
  /** @type {PostgresStore | undefined} */
  store;
  /** @type {TagView | undefined} */
  tags;
  /** @type {Map<string, Promise<Entry | null>>} reads under way, so a burst of misses reads once */
  #reading = new Map();
  /** @type {Map<string, Promise<void>>} revalidations under way, so each is written once */
  #revalidating = new Map();
  /** @type {Map<string, { stale?: number; expired?: number }>} memory-only mode's tags */
  #localTags = new Map();
  /** @type {ReturnType<typeof setInterval> | undefined} */
  #sweeper;

  /**
   * @param {{ databaseUrl?: string; buildId: string; memoryBytes: number; log?: (line: string) => void }} options
   * Without databaseUrl the cache is this process's memory alone.
   */
  constructor({ databaseUrl, buildId, memoryBytes, log }) {
    this.buildId = buildId;
    this.memory = new MemoryLayer(memoryBytes);
    if (!databaseUrl) return;
    this.store = new PostgresStore({ databaseUrl, log });
    this.tags = new TagView(this.store, (tag, expired) => this.#forgetExpired(tag, expired));
    // Every process sweeps now and then, at a random offset: a DELETE on an index, and
    // whichever process comes first leaves the others nothing to do.
    this.#sweeper = setInterval(
      () => void this.store?.sweep(2 * MAX_LIFETIME_MS),
      SWEEP_EVERY_MS + Math.random() * 60_000,
    );
    this.#sweeper.unref();
  }

  /**
   * Drops from memory what an expiry reached, as the store deletes its rows: an expired entry
   * is never answered again, and it may hold what the expiry took away.
   * @param {string} tag
   * @param {number} expired
   */
  #forgetExpired(tag, expired) {
    this.memory.deleteWhere((entry) => entry.lastModified < expired && tagsOfEntry(entry).has(tag));
  }

  /** @param {string} tag */
  #tagState(tag) {
    return this.tags ? this.tags.get(tag) : this.#localTags.get(tag);
  }

  /**
   * "expired", "stale" or "fresh" for the tags of an entry written at `lastModified`,
   * with FileSystemCache's comparisons (tags-manifest.external.js).
   * @param {Iterable<string>} tags
   * @param {number} lastModified
   * @param {number} now
   */
  tagVerdict(tags, lastModified, now) {
    let verdict = "fresh";
    for (const tag of tags) {
      const state = this.#tagState(tag);
      if (!state) continue;
      if (state.expired !== undefined && state.expired <= now && state.expired > lastModified) {
        return "expired";
      }
      if (state.stale !== undefined && state.stale > lastModified) verdict = "stale";
    }
    return verdict;
  }

  /**
   * @param {string} key
   * @param {string} [scope] whose entries: this build's pages and data by default; the
   *   `'use cache'` handler keeps its own (its keys already name the build)
   */
  async read(key, scope = this.buildId) {
    if (!this.store) return null;
    const readingKey = `${scope}\u0000${key}`;
    let reading = this.#reading.get(readingKey);
    if (!reading) {
      reading = this.store.readEntry(scope, key);
      this.#reading.set(readingKey, reading);
      void reading.finally(() => this.#reading.delete(readingKey));
    }
    return reading;
  }

  /**
   * @param {string} key
   * @param {string} kind
   * @param {Entry} entry
   * @param {string} [scope] as in read
   */
  async write(key, kind, entry, scope = this.buildId) {
    // Computed before one of its tags expired (a render that was under way): never answered,
    // so not kept anywhere.
    if (this.tagVerdict(tagsOfEntry(entry), entry.lastModified, Date.now()) === "expired") return;
    // A not-found page answers an address anyone can make up: kept in this process's memory,
    // whose size is bounded, and never in the database, which made-up addresses would fill.
    if (isNotFoundPage(entry.value)) {
      this.memory.set(key, entry, approximateBytes(entry.value));
      return;
    }
    let serialized;
    try {
      serialized = serializeEntry(entry);
    } catch (error) {
      // A value v8 cannot copy stays in this process's memory only.
      console.error(`shared cache: an entry of kind ${kind} cannot be stored (${describeFailure(error)})`);
      this.memory.set(key, entry, 0);
      return;
    }
    this.memory.set(key, { ...entry, bytes: serialized.length }, serialized.length);
    await this.store?.writeEntry(scope, key, kind, entry, serialized);
  }

  /**
   * Next hands every revalidation to both of its caches' handlers at once (revalidateTag and
   * updateTags), and both are this cache: the second of two equal revalidations under way
   * joins the first instead of writing and notifying again.
   * @param {string[]} tags
   * @param {{ stale?: number; expired?: number }} change
   */
  revalidate(tags, change) {
    const key = `${change.stale === undefined ? "expire" : "stale"}:${change.expired === undefined ? "" : "expire"}:${tags.join("\n")}`;
    const underWay = this.#revalidating.get(key);
    if (underWay) return underWay;
    const revalidating = this.#revalidateNow(tags, change);
    this.#revalidating.set(key, revalidating);
    void revalidating.finally(() => this.#revalidating.delete(key));
    return revalidating;
  }

  /**
   * @param {string[]} tags
   * @param {{ stale?: number; expired?: number }} change
   */
  async #revalidateNow(tags, change) {
    if (this.tags) return this.tags.revalidate(tags, change);
    for (const tag of tags) {
      const known = this.#localTags.get(tag);
      this.#localTags.set(tag, {
        stale: change.stale ?? known?.stale,
        expired: change.expired ?? known?.expired,
      });
      if (change.expired !== undefined && change.expired <= Date.now())
        this.#forgetExpired(tag, change.expired);
    }
  }

  async close() {
    clearInterval(this.#sweeper);
    await this.tags?.stop();
    await this.store?.end();
  }
}

/**
 * The tags an entry answers to: a page's or route's from the header Next stores with it,
 * unstable_cache's from the context of the call (tags, and the page's implicit soft tags)
 * and from when it was written.
 * @param {Entry} entry
 * @param {GetContext} ctx
 */
function tagsOf(entry, ctx) {
  return new Set([...tagsOfEntry(entry), ...(ctx.tags ?? []), ...(ctx.softTags ?? [])]);
}

/**
 * The tags an entry carries itself: those it was stored with, and a page's or route's header.
 * @param {Entry} entry
 */
function tagsOfEntry(entry) {
  return new Set([...headerTagsOf(entry.value), ...entry.tags]);
}

/**
 * The tags Next lists in a page's or route's x-next-cache-tags header.
 * @param {unknown} value
 * @returns {string[]}
 */
function headerTagsOf(value) {
  const header = /** @type {{ headers?: Record<string, unknown> } | null} */ (value)?.headers?.[
    CACHE_TAGS_HEADER
  ];
  return typeof header === "string" && header !== "" ? header.split(",") : [];
}

/** @param {unknown} value */
function isNotFoundPage(value) {
  const page = /** @type {{ kind?: unknown; status?: unknown } | null} */ (value);
  return (page?.kind === "APP_PAGE" || page?.kind === "APP_ROUTE") && page.status === 404;
}

/**
 * What a page costs in memory, about: its HTML and RSC payload (the memory layer's budget
 * counts serialized sizes; a not-found page is not serialized).
 * @param {unknown} value
 */
function approximateBytes(value) {
  const page = /** @type {{ html?: unknown; rscData?: unknown; body?: unknown }} */ (value);
  let bytes = 1024;
  for (const part of [page.html, page.rscData, page.body]) {
    if (typeof part === "string") bytes += Buffer.byteLength(part);
    else if (Buffer.isBuffer(part)) bytes += part.length;
  }
  return bytes;
}

/**
 * Seconds after which Next regenerates the entry: the page's revalidate, or the one
 * unstable_cache passes (and stores in a FETCH value).
 * @param {Entry} entry
 * @param {GetContext} ctx
 * @returns {number | undefined}
 */
function revalidateSecondsOf(entry, ctx) {
  const candidates = [
    /** @type {CacheControl | undefined} */ (entry.cacheControl)?.revalidate,
    ctx.revalidate,
    /** @type {{ revalidate?: unknown } | null} */ (entry.value)?.revalidate,
  ];
  const found = candidates.find((seconds) => typeof seconds === "number" && seconds > 0);
  return typeof found === "number" ? found : undefined;
}

/**
 * When an entry stops being worth keeping: Next's own expire for pages when shorter than a
 * day, else a day.
 * @param {number} now
 * @param {CacheControl | undefined} cacheControl
 */
function expiresAtFor(now, cacheControl) {
  const expire = cacheControl?.expire;
  return now + (typeof expire === "number" ? Math.min(expire * 1000, MAX_LIFETIME_MS) : MAX_LIFETIME_MS);
}

/** @param {string | undefined} serverDistDir */
function readBuildId(serverDistDir) {
  if (!serverDistDir) return "development";
  try {
    return readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    // `next dev` writes no BUILD_ID.
    return "development";
  }
}

/**
 * The handler class Next instantiates (once per request: the state lives in the SharedCache
 * `cacheFor` answers, one per process). A factory so tests can run two "processes" side by side.
 * @param {(ctx: HandlerContext | undefined) => SharedCache} cacheFor
 */
export function createCacheHandler(cacheFor) {
  return class SharedCacheHandler {
    /** @param {HandlerContext} [ctx] */
    constructor(ctx) {
      this.cache = cacheFor(ctx);
      // Next makes a handler per request: this is when the request began, before its render
      // read any data.
      this.requestStartedAt = Date.now();
    }
    /**
     * @param {string} key
     * @param {GetContext} ctx
     */
    async get(key, ctx) {
      const { cache } = this;
      await cache.tags?.ready;
      const now = Date.now();
      let entry = cache.memory.get(key);
      if (entry && entry.expiresAt <= now) {
        cache.memory.delete(key);
        entry = undefined;
      }
      // Another process may have regenerated what this one holds: look in the database when
      // the entry here is missing, due for regeneration, or older than a revalidation of its tags.
      if (
        !entry ||
        isDue(entry, ctx, now) ||
        cache.tagVerdict(tagsOf(entry, ctx), entry.lastModified, now) !== "fresh"
      ) {
        const stored = await cache.read(key);
        if (stored && (!entry || stored.lastModified > entry.lastModified)) {
          entry = stored;
          cache.memory.set(key, stored, stored.bytes);
        }
      }
      if (!entry) return null;

      const verdict = cache.tagVerdict(tagsOf(entry, ctx), entry.lastModified, now);
      if (verdict === "expired") return null;
      let { lastModified } = entry;
      if (verdict === "stale") {
        const revalidateSeconds = revalidateSecondsOf(entry, ctx);
        if (revalidateSeconds === undefined) return null;
        // Old enough for Next to see the revalidate time passed (not its expire time).
        lastModified = Math.min(lastModified, now - revalidateSeconds * 1000 - 1);
      }
      return { value: entry.value, lastModified, cacheControl: entry.cacheControl };
    }

    /**
     * @param {string} key
     * @param {unknown} data
     * @param {SetContext} ctx
     */
    async set(key, data, ctx) {
      const now = Date.now();
      // Written "when the request began": a revalidation made while this render ran (on any
      // instance) is then newer than the entry, which stays stale instead of keeping data read
      // before the change as fresh. The build's long-lived handler keeps real times.
      const lastModified = this.cache.store ? Math.min(now, this.requestStartedAt) : now;
      const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
      const kind = /** @type {{ kind?: string } | null} */ (data)?.kind ?? "EMPTY";
      await this.cache.write(key, kind, {
        value: data,
        cacheControl,
        // A page's tags are stored beside it too, so an expiry can find it in the database.
        tags: ctx.fetchCache ? (ctx.tags ?? []) : headerTagsOf(data),
        lastModified,
        expiresAt: expiresAtFor(lastModified, cacheControl),
        bytes: 0,
      });
    }

    /**
     * FileSystemCache's semantics: with durations the tags are stale now and expire
     * `expire` seconds from now; without, they expire now.
     * @param {string | string[]} tags
     * @param {Durations} [durations]
     */
    async revalidateTag(tags, durations) {
      const list = typeof tags === "string" ? [tags] : tags;
      if (list.length === 0) return;
      const now = Date.now();
      const change = durations
        ? { stale: now, expired: durations.expire === undefined ? undefined : now + durations.expire * 1000 }
        : { expired: now };
      await this.cache.revalidate(list, change);
    }

    resetRequestCache() {}
  };
}

/**
 * Whether the entry's revalidate time has passed (Next would regenerate it).
 * @param {Entry} entry
 * @param {GetContext} ctx
 * @param {number} now
 */
function isDue(entry, ctx, now) {
  const seconds = revalidateSecondsOf(entry, ctx);
  return seconds !== undefined && entry.lastModified + seconds * 1000 <= now;
}

/** @type {SharedCache | undefined} */
let processCache;
/** @type {Map<string, string>} build ids read, by server folder */
const buildIds = new Map();

/**
 * The one SharedCache of this process, behind both of Next's caches: this file's handler and
 * the `'use cache'` handler (use-cache-handler.mjs), so a revalidation is one view of the tags.
 *
 * The build renders pages without a database (or with the build machine's): nothing it
 * caches may reach a server, so it gets a memory-only cache. A server starts with an empty
 * memory layer and fills it from PostgreSQL or by rendering; it does not read the pages the
 * build wrote to .next/server/app, which hold the build's data, not the server's.
 * @param {HandlerContext | undefined} [ctx] what Next gives this file's handler; the
 *   `'use cache'` handler has none, and may come first
 */
export function cacheOfThisProcess(ctx) {
  processCache ??= new SharedCache({
    databaseUrl: process.env.NEXT_PHASE === "phase-production-build" ? undefined : process.env.DATABASE_URL,
    buildId: "development",
    memoryBytes: ctx?.maxMemoryCacheSize ?? DEFAULT_MEMORY_BYTES,
  });
  // The 'use cache' handler may create it first, without Next's cacheMaxMemorySize.
  if (ctx?.maxMemoryCacheSize !== undefined) processCache.memory.maxBytes = ctx.maxMemoryCacheSize;
  const serverDistDir = ctx?.serverDistDir;
  if (serverDistDir) {
    let buildId = buildIds.get(serverDistDir);
    if (buildId === undefined) {
      buildId = readBuildId(serverDistDir);
      buildIds.set(serverDistDir, buildId);
    }
    processCache.buildId = buildId;
  }
  return processCache;
}

export default createCacheHandler(cacheOfThisProcess);
