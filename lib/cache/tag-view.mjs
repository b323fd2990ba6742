// @ts-check
// This process's view of every tag revalidation made by any process: the next_cache_tag
// table, kept current by LISTEN on the channel PostgresStore.writeTags notifies. On every
// (re)connection the whole table is read again, since notifications sent while this process
// was not listening are lost.
import pg from "pg";
import { PostgresStore, TAGS_CHANNEL } from "./postgres-store.mjs";

/** @typedef {import("./postgres-store.mjs").TagState} TagState */

const RECONNECT_DELAY_MS = 1_000;
const RESEND_DELAY_MS = 5_000;
// A NOTIFY payload is limited to 8000 bytes; a tag to 256 characters (Next's limit).
const TAGS_PER_NOTIFY = 20;

export class TagView {
  /** @type {Map<string, TagState>} */
  #tags = new Map();
  #store;
  /** @type {pg.Client | undefined} */
  #listener;
  #stopped = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #reconnectTimer;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #resendTimer;
  /** Revalidations the database did not take, written again once it is back. */
  /** @type {{ tags: string[]; change: TagState }[]} */
  #unsent = [];
  /** @type {Promise<void>} */
  ready;

  #onExpired;

  /**
   * @param {PostgresStore} store
   * @param {(tag: string, expired: number) => void} [onExpired] told of every expiry that has
   *   come, from this process or another, so what it expired can be dropped from memory
   */
  constructor(store, onExpired = () => {}) {
    this.#store = store;
    this.#onExpired = onExpired;
    // Pages wait for the first reading of the table (or its failure): without it an entry
    // revalidated before this process started would look fresh.
    this.ready = this.#listen();
  }

  /** @param {string} tag */
  get(tag) {
    return this.#tags.get(tag);
  }

  /**
   * Applies a revalidation here at once, then shares it. When the database is away it stays
   * local until the listener is back.
   * @param {string[]} tags
   * @param {TagState} change
   */
  async revalidate(tags, change) {
    this.#apply(tags.map((tag) => ({ tag, ...change })));
    for (let start = 0; start < tags.length; start += TAGS_PER_NOTIFY) {
      const chunk = tags.slice(start, start + TAGS_PER_NOTIFY);
      if (!(await this.#store.writeTags(chunk, change))) {
        this.#unsent.push({ tags: chunk, change });
        this.#scheduleResend();
      }
    }
  }

  #scheduleResend() {
    if (this.#resendTimer || this.#stopped) return;
    this.#resendTimer = setTimeout(() => {
      this.#resendTimer = undefined;
      const unsent = this.#unsent;
      this.#unsent = [];
      for (const { tags, change } of unsent) void this.revalidate(tags, change);
    }, RESEND_DELAY_MS);
    this.#resendTimer.unref();
  }

  /**
   * Merges states into the view. "stale" only moves forward (each revalidation sets it to
   * its own time), "expired" is taken as given: updateTag after revalidateTag(tag, "max")
   * moves it from a year ahead to now.
   * @param {({ tag: string } & TagState)[]} states
   */
  #apply(states) {
    for (const { tag, stale, expired } of states) {
      const known = this.#tags.get(tag);
      this.#tags.set(tag, {
        stale: Math.max(stale ?? 0, known?.stale ?? 0) || undefined,
        expired: expired ?? known?.expired,
      });
    }
    this.#announceExpiries(states);
  }

  /** @param {Iterable<{ tag: string } & TagState>} states */
  #announceExpiries(states) {
    const now = Date.now();
    for (const { tag, expired } of states) {
      if (expired !== undefined && expired <= now) this.#onExpired(tag, expired);
    }
  }

  async #listen() {
    if (this.#stopped) return;
    const client = new pg.Client({
      connectionString: this.#store.databaseUrl,
      connectionTimeoutMillis: 1_000,
    });
    this.#listener = client;
    client.on("error", (error) => this.#lost(client, error));
    client.on("end", () => this.#lost(client, new Error("listener connection ended")));
    client.on("notification", (message) => {
      if (message.channel !== TAGS_CHANNEL || !message.payload) return;
      try {
        /** @type {{ tag: string; stale: number | null; expired: number | null }[]} */
        const states = JSON.parse(message.payload);
        this.#apply(
          states.map(({ tag, stale, expired }) => ({
            tag,
            stale: stale ?? undefined,
            expired: expired ?? undefined,
          })),
        );
      } catch {
        // Only PostgresStore.writeTags notifies on this channel; a payload it did not write
        // is ignored rather than allowed to stop the listener.
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${TAGS_CHANNEL}`);
      const table = await PostgresStore.readAllTags(client);
      this.#store.reportSuccess();
      // The table holds what every process wrote; this process's own unsent revalidations
      // are merged on top and sent again.
      const unsent = this.#unsent;
      this.#unsent = [];
      this.#tags = table;
      // Expiries made while this process was not listening.
      this.#announceExpiries([...table].map(([tag, state]) => ({ tag, ...state })));
      for (const { tags, change } of unsent) await this.revalidate(tags, change);
    } catch (error) {
      this.#lost(client, error);
    }
  }

  /**
   * @param {pg.Client} client
   * @param {unknown} error
   */
  #lost(client, error) {
    if (this.#listener !== client || this.#stopped) return;
    this.#listener = undefined;
    this.#store.reportFailure(error);
    client.removeAllListeners("end");
    client.on("error", () => {});
    client.end().catch(() => {});
    this.#reconnectTimer = setTimeout(() => void this.#listen(), RECONNECT_DELAY_MS);
    this.#reconnectTimer.unref();
  }

  async stop() {
    this.#stopped = true;
    clearTimeout(this.#reconnectTimer);
    clearTimeout(this.#resendTimer);
    const client = this.#listener;
    this.#listener = undefined;
    if (client) await client.end().catch(() => {});
  }
}
