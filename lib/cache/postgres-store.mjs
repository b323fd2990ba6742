// @ts-check
// The shared cache's PostgreSQL side: entries in next_cache_entry, tag revalidations in
// next_cache_tag (announced with NOTIFY on TAGS_CHANNEL), and the sweep of what expired.
// An entry's tags are stored with it (a page's from its x-next-cache-tags header), so an
// expiry deletes the entries it reaches at once.
// Tables: prisma/migrations/20261203000000_shared_next_cache.
//
// A cache must never be the reason a page fails or hangs. Every call here answers "nothing"
// when the database cannot be used, and after a failure the database is left alone for
// RETRY_AFTER_MS, so an outage costs each request nothing instead of a connection timeout.
// Each change between working and failing is logged in one line, with the error's class and
// code only (pg's messages can quote a query's values).
import { serialize, deserialize } from "node:v8";
import pg from "pg";

export const TAGS_CHANNEL = "next_cache_tags";
const RETRY_AFTER_MS = 5_000;
// Many processes, each with its own pool: two connections are enough for reads of entries a
// process does not hold in memory and for writes after a render.
const POOL_SIZE = 2;

/**
 * @typedef {object} StoredEntry
 * @property {unknown} value Next's cache value (APP_PAGE, APP_ROUTE, FETCH...), or null
 * @property {unknown} [cacheControl] the page's revalidate/expire, as Next passed it to set
 * @property {string[]} tags the tags Next gave a FETCH entry when it was set
 * @property {number} lastModified ms since the epoch
 * @property {number} expiresAt ms since the epoch; the row is deleted after it
 * @property {number} bytes the serialized size
 */

/**
 * @typedef {object} TagState
 * @property {number} [stale] when entries older than it became stale (ms)
 * @property {number} [expired] when entries older than it expire (ms), maybe ahead
 */

// pg's own fixed words for a connection that failed or timed out. They quote nothing sent to
// the database, so they are logged; any other message might, so only its class and code are.
const CONNECTION_FAILURES = new Set([
  "timeout expired",
  "Connection terminated",
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "Query read timeout",
]);

/** @param {unknown} error */
export function describeFailure(error) {
  if (!(error instanceof Error)) return typeof error;
  if (CONNECTION_FAILURES.has(error.message)) return `${error.name}: ${error.message}`;
  const code = /** @type {{ code?: unknown }} */ (error).code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}

/** @param {Date | null} date */
const millis = (date) => (date === null ? undefined : date.getTime());
/** @param {number | undefined} ms */
const dateOrNull = (ms) => (ms === undefined ? null : new Date(ms));

/**
 * @param {{ stale_at: Date | null; expired_at: Date | null }} row
 * @returns {TagState}
 */
const tagStateOf = (row) => ({ stale: millis(row.stale_at), expired: millis(row.expired_at) });

export class PostgresStore {
  #pool;
  #retryAt = 0;
  #failing = false;
  #log;

  /**
   * @param {{ databaseUrl: string; log?: (line: string) => void }} options
   */
  constructor({ databaseUrl, log = (line) => console.error(line) }) {
    this.databaseUrl = databaseUrl;
    this.#log = log;
    this.#pool = new pg.Pool({
      connectionString: databaseUrl,
      max: POOL_SIZE,
      // Short: a page waits for these at most once per outage (then RETRY_AFTER_MS applies).
      connectionTimeoutMillis: 1_000,
      query_timeout: 2_000,
      allowExitOnIdle: true,
    });
    // pg drops an idle connection the server closed and emits "error": without a listener
    // that would end the process. The next query reconnects.
    this.#pool.on("error", () => {});
  }

  /**
   * Runs `work` unless the database failed less than RETRY_AFTER_MS ago; answers `fallback`
   * on any failure.
   * @template T
   * @param {(pool: pg.Pool) => Promise<T>} work
   * @param {T} fallback
   * @returns {Promise<T>}
   */
  async #attempt(work, fallback) {
    if (Date.now() < this.#retryAt) return fallback;
    try {
      const result = await work(this.#pool);
      this.reportSuccess();
      return result;
    } catch (error) {
      this.reportFailure(error);
      return fallback;
    }
  }

  /** Whether the last attempt failed (the listener shares this state with the pool). */
  get failing() {
    return this.#failing;
  }

  reportSuccess() {
    if (!this.#failing) return;
    this.#failing = false;
    this.#retryAt = 0;
    this.#log("shared cache: the database is back; entries and tag revalidations are shared again");
  }

  /** @param {unknown} error */
  reportFailure(error) {
    this.#retryAt = Date.now() + RETRY_AFTER_MS;
    if (this.#failing) return;
    this.#failing = true;
    this.#log(
      `shared cache: the database cannot be used (${describeFailure(error)}); this process serves from its own memory until it can`,
    );
  }

  /**
   * @param {string} buildId
   * @param {string} key
   * @returns {Promise<StoredEntry | null>}
   */
  async readEntry(buildId, key) {
    const row = await this.#attempt(async (pool) => {
      const { rows } = await pool.query(
        `SELECT value, tags, last_modified, expires_at FROM next_cache_entry
          WHERE build_id = $1 AND key = $2 AND expires_at > now()`,
        [buildId, key],
      );
      return rows[0] ?? null;
    }, null);
    if (!row) return null;
    let stored;
    try {
      stored = deserialize(row.value);
    } catch {
      // Written by a Node whose serialization this one cannot read (a rolling upgrade): a miss.
      return null;
    }
    return {
      value: stored.value,
      cacheControl: stored.cacheControl,
      tags: row.tags,
      lastModified: row.last_modified.getTime(),
      expiresAt: row.expires_at.getTime(),
      bytes: row.value.length,
    };
  }

  /**
   * Stores an entry unless the row already holds a newer one (another process rendered the
   * same page later).
   * @param {string} buildId
   * @param {string} key
   * @param {string} kind
   * @param {StoredEntry} entry
   * @param {Buffer} serialized from serializeEntry
   */
  writeEntry(buildId, key, kind, entry, serialized) {
    return this.#attempt(async (pool) => {
      // Not stored when one of its tags expired after it was computed: it may hold what the
      // expiry removed (a withdrawn name), and no process would ever answer it.
      await pool.query(
        `INSERT INTO next_cache_entry (build_id, key, kind, value, tags, last_modified, expires_at)
         SELECT $1, $2, $3, $4, $5, $6, $7
          WHERE NOT EXISTS (
                SELECT 1 FROM next_cache_tag
                 WHERE tag = ANY($5::text[]) AND expired_at > $6 AND expired_at <= now())
         ON CONFLICT (build_id, key) DO UPDATE
            SET kind = EXCLUDED.kind, value = EXCLUDED.value, tags = EXCLUDED.tags,
                last_modified = EXCLUDED.last_modified, expires_at = EXCLUDED.expires_at
          WHERE next_cache_entry.last_modified <= EXCLUDED.last_modified`,
        [buildId, key, kind, serialized, entry.tags, new Date(entry.lastModified), new Date(entry.expiresAt)],
      );
      return true;
    }, false);
  }

  /**
   * Records revalidations and announces the tags' new state to every process in one
   * statement (a NOTIFY is delivered when its transaction commits). A field left undefined
   * keeps its stored value, as Next's FileSystemCache does in its tags manifest.
   * @param {string[]} tags
   * @param {TagState} change
   * @returns {Promise<boolean>} false when the database could not be used
   */
  writeTags(tags, change) {
    return this.#attempt(async (pool) => {
      const { text, values } = tagRevalidationStatement(tags, change, Date.now());
      await pool.query(text, values);
      return true;
    }, false);
  }

  /**
   * Every tag's state, read with the given client (the listener's, right after LISTEN, so
   * nothing committed in between is missed). Throws: the listener handles its own failures.
   * @param {pg.ClientBase} client
   * @returns {Promise<Map<string, TagState>>}
   */
  static async readAllTags(client) {
    const { rows } = await client.query("SELECT tag, stale_at, expired_at FROM next_cache_tag");
    return new Map(rows.map((row) => [row.tag, tagStateOf(row)]));
  }

  /**
   * Deletes expired entries, and tag revalidations older than any entry can be
   * (`keepTagsMs`) unless they schedule an expiry still ahead.
   * @param {number} keepTagsMs
   */
  sweep(keepTagsMs) {
    return this.#attempt(async (pool) => {
      const entries = await pool.query("DELETE FROM next_cache_entry WHERE expires_at <= now()");
      const tags = await pool.query(
        `DELETE FROM next_cache_tag
          WHERE greatest(stale_at, expired_at) < now() - $1 * interval '1 millisecond'`,
        [keepTagsMs],
      );
      return { entries: entries.rowCount ?? 0, tags: tags.rowCount ?? 0 };
    }, null);
  }

  end() {
    return this.#pool.end();
  }
}

/**
 * The statement that records a revalidation of `tags` and announces it to every process (a
 * NOTIFY is delivered when its transaction commits). A field of `change` left undefined keeps
 * its stored value, as Next's FileSystemCache does in its tags manifest. An expiry that has
 * come (`change.expired` at or before `now`) also deletes the entries it expired: nothing can
 * answer them any more, and they may hold what the change took away (a withdrawn or hidden
 * name), which must not stay in the database until the sweep. Callers outside Next run it in
 * their own transaction (lib/cache/expire-tags.ts).
 * @param {string[]} tags
 * @param {TagState} change
 * @param {number} now ms since the epoch, this machine's clock (the entries' clock)
 * @returns {{ text: string; values: unknown[] }}
 */
export function tagRevalidationStatement(tags, change, now) {
  const expiresNow = change.expired !== undefined && change.expired <= now;
  return {
    text: `WITH changed AS (
             INSERT INTO next_cache_tag AS t (tag, stale_at, expired_at)
             SELECT tag, $2::timestamptz, $3::timestamptz FROM unnest($1::text[]) AS tag
             ON CONFLICT (tag) DO UPDATE
                SET stale_at = COALESCE(EXCLUDED.stale_at, t.stale_at),
                    expired_at = COALESCE(EXCLUDED.expired_at, t.expired_at)
             RETURNING tag, stale_at, expired_at),
           forgotten AS (
             DELETE FROM next_cache_entry
              WHERE $5::boolean AND tags && $1::text[] AND last_modified < $3::timestamptz)
           SELECT pg_notify($4, json_agg(json_build_object(
                    'tag', tag,
                    'stale', (extract(epoch FROM stale_at) * 1000)::bigint,
                    'expired', (extract(epoch FROM expired_at) * 1000)::bigint))::text)
             FROM changed`,
    values: [tags, dateOrNull(change.stale), dateOrNull(change.expired), TAGS_CHANNEL, expiresNow],
  };
}

/** @param {{ value: unknown; cacheControl?: unknown }} entry */
export function serializeEntry(entry) {
  return serialize({ value: entry.value, cacheControl: entry.cacheControl });
}
