// @ts-check
// The `'use cache'` side of the one shared cache: what functions marked `'use cache'` return
// (the counts, the settings, the news and the public list, lib/**/cached-*.ts) lives in the
// same PostgreSQL table, memory layer and tag view as Next's other cache
// (shared-cache-handler.mjs), so a `revalidateTag` or `updateTag` in any process reaches
// every process and instance within a second. next.config.ts names this file in
// `cacheHandlers`. Plain JavaScript for the same reason as the other handler: Next imports
// it with plain Node, outside the app's bundle.
//
// Next's contract (next/dist/server/lib/cache-handlers/types.d.ts): `set` receives the value
// as a stream still being written, `get` must answer a new stream each time and wait for a
// `set` of the same key under way in this process. Tags follow Next's own handler: an entry
// with a tag expired after it was written is a miss; with a tag made stale after it, it is
// served once more with `revalidate: -1`, and Next computes a fresh one behind it.
import { cacheOfThisProcess } from "./shared-cache-handler.mjs";

/** @typedef {import("./shared-cache-handler.mjs").SharedCache} SharedCache */

// Where these entries live in next_cache_entry: Next's keys for them already name the build.
const SCOPE = "use-cache";
const KIND = "USE_CACHE";
// As long as the other handler keeps anything: a day.
const MAX_LIFETIME_MS = 24 * 60 * 60 * 1000;
// Values that may live less than this are not worth a write: Next computes them again on
// their next read anyway (expire 0), or a second later (lib/cache/read-for-cache.ts's
// answers without data).
const MIN_STORED_EXPIRE_SECONDS = 2;

/**
 * @typedef {{ value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number;
 *   expire: number; revalidate: number }} CacheEntry
 * @typedef {{ bytes: Uint8Array; stale: number; expire: number; revalidate: number }} StoredValue
 */

/** @param {ReadableStream<Uint8Array>} stream */
async function bytesOf(stream) {
  /** @type {Uint8Array[]} */
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * The handler over one process's SharedCache. A factory so tests can run two "processes".
 * @param {() => SharedCache} cacheFor
 */
export function createUseCacheHandler(cacheFor) {
  /** @type {Map<string, Promise<void>>} sets under way in this process, by key */
  const pendingSets = new Map();
  const keyOf = (/** @type {string} */ cacheKey) => `${SCOPE}:${cacheKey}`;

  return {
    /**
     * @param {string} cacheKey
     * @param {string[]} softTags the page's implicit tags (its path), checked here
     * @returns {Promise<CacheEntry | undefined>}
     */
    async get(cacheKey, softTags) {
      await pendingSets.get(cacheKey);
      const cache = cacheFor();
      await cache.tags?.ready;
      const key = keyOf(cacheKey);
      const now = Date.now();
      let entry = cache.memory.get(key);
      if (entry && entry.expiresAt <= now) {
        cache.memory.delete(key);
        entry = undefined;
      }
      const tags = [...(entry?.tags ?? []), ...softTags];
      // Another process may hold a newer one: look in the database when the entry here is
      // missing, due for regeneration, or older than a revalidation of its tags.
      if (!entry || isDue(entry, now) || cache.tagVerdict(tags, entry.lastModified, now) !== "fresh") {
        const stored = await cache.read(key, SCOPE);
        if (stored && (!entry || stored.lastModified > entry.lastModified)) {
          entry = stored;
          cache.memory.set(key, stored, stored.bytes);
        }
      }
      if (!entry) return undefined;
      const value = /** @type {StoredValue} */ (entry.value);
      const verdict = cache.tagVerdict([...entry.tags, ...softTags], entry.lastModified, now);
      if (verdict === "expired") return undefined;
      return {
        value: streamOf(value.bytes),
        tags: entry.tags,
        stale: value.stale,
        timestamp: entry.lastModified,
        expire: value.expire,
        revalidate: verdict === "stale" ? -1 : value.revalidate,
      };
    },

    /**
     * @param {string} cacheKey
     * @param {Promise<CacheEntry>} pendingEntry
     */
    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
      try {
        const entry = await pendingEntry;
        if (entry.expire < MIN_STORED_EXPIRE_SECONDS) {
          await entry.value.cancel();
          return;
        }
        const bytes = await bytesOf(entry.value);
        /** @type {StoredValue} */
        const value = { bytes, stale: entry.stale, expire: entry.expire, revalidate: entry.revalidate };
        await cacheFor().write(
          keyOf(cacheKey),
          KIND,
          {
            value,
            tags: entry.tags,
            lastModified: entry.timestamp,
            expiresAt: entry.timestamp + Math.min(entry.expire * 1000, MAX_LIFETIME_MS),
            bytes: 0,
          },
          SCOPE,
        );
      } catch {
        // The function failed while its value was streamed: Next answers the caller with
        // the error; a partial value is not kept.
      } finally {
        pendingSets.delete(cacheKey);
        done();
      }
    },

    // The tag view is kept current by LISTEN; a request only waits for its first reading.
    async refreshTags() {
      await cacheFor().tags?.ready;
    },

    /**
     * Infinity: Next passes the implicit tags to `get`, which weighs them with the entry's
     * own (a tag's expiry may be set ahead, which a single timestamp cannot say).
     */
    async getExpiration() {
      return Infinity;
    },

    /**
     * Next's semantics, as in the other handler's revalidateTag: with durations the tags are
     * stale now and expire `expire` seconds from now; without, they expire now.
     * @param {string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async updateTags(tags, durations) {
      if (tags.length === 0) return;
      const now = Date.now();
      const change = durations
        ? { stale: now, expired: durations.expire === undefined ? undefined : now + durations.expire * 1000 }
        : { expired: now };
      await cacheFor().revalidate(tags, change);
    },
  };
}

/**
 * Whether the entry is past its revalidate time (Next would compute it again).
 * @param {import("./postgres-store.mjs").StoredEntry} entry
 * @param {number} now
 */
function isDue(entry, now) {
  const { revalidate } = /** @type {StoredValue} */ (entry.value);
  return entry.lastModified + revalidate * 1000 <= now;
}

export default createUseCacheHandler(() => cacheOfThisProcess());
