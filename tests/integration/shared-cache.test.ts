// The shared Next cache handler against the real database: two SharedCache objects with
// their own pools and listeners stand for two server processes.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCacheHandler, SharedCache, type CacheHandler } from "@/lib/cache/shared-cache-handler.mjs";
import { laterMillisecond, until } from "./support/until";

const BUILD = `test-build-${process.pid}`;
const MB = 1024 * 1024;

let admin: pg.Client;
const opened: SharedCache[] = [];

function processCache(options: Partial<ConstructorParameters<typeof SharedCache>[0]> = {}) {
  const cache = new SharedCache({
    databaseUrl: process.env.DATABASE_URL,
    buildId: BUILD,
    memoryBytes: 8 * MB,
    log: () => {},
    ...options,
  });
  opened.push(cache);
  return cache;
}

function handlerOf(cache: SharedCache): CacheHandler {
  const Handler = createCacheHandler(() => cache);
  return new Handler({});
}

/** A process as Next uses it: a new handler for each request, one SharedCache behind them. */
function processOf(cache: SharedCache) {
  return {
    cache,
    get: (...args: Parameters<CacheHandler["get"]>) => handlerOf(cache).get(...args),
    set: (...args: Parameters<CacheHandler["set"]>) => handlerOf(cache).set(...args),
    revalidateTag: (...args: Parameters<CacheHandler["revalidateTag"]>) =>
      handlerOf(cache).revalidateTag(...args),
  };
}

/** Two "processes" sharing the database, ready to listen. */
async function twoProcesses() {
  const a = processOf(processCache());
  const b = processOf(processCache());
  await Promise.all([a.cache.tags?.ready, b.cache.tags?.ready]);
  return { a, b };
}

let sequence = 0;
const uniqueTag = () => `tag-${process.pid}-${++sequence}`;
const uniqueKey = () => `/route-cache/APP_PAGE/test/$/es/page-${process.pid}-${++sequence}`;

function page(html: string, tags: string[]) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc of ${html}`),
    segmentData: new Map([["/_tree", Buffer.from([0, 255, 1])]]),
    headers: { "x-next-cache-tags": tags.join(",") },
    status: 200,
    postponed: undefined,
  };
}

const pageContext = { kind: "APP_PAGE" };
const pageSet = (expire = 31_536_000) => ({ cacheControl: { revalidate: 60, expire } });

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((cache) => cache.close()));
});

afterAll(async () => {
  await admin.query("DELETE FROM next_cache_entry WHERE build_id = $1", [BUILD]);
  await admin.end();
});

describe("the shared cache handler", () => {
  it("answers a page stored by one process from another, Buffers and Maps intact", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    await a.set(key, page("<p>uno</p>", ["x"]), pageSet());

    const found = await b.get(key, pageContext);
    expect(found?.value).toEqual(page("<p>uno</p>", ["x"]));
    const value = found?.value as ReturnType<typeof page>;
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect(value.segmentData.get("/_tree")).toEqual(Buffer.from([0, 255, 1]));
    expect(found?.cacheControl).toEqual({ revalidate: 60, expire: 31_536_000 });
  });

  it("answers a second read from memory, without the database", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    await a.set(key, page("<p>dos</p>", []), pageSet());
    await b.get(key, pageContext);
    await admin.query("DELETE FROM next_cache_entry WHERE build_id = $1 AND key = $2", [BUILD, key]);

    expect((await b.get(key, pageContext))?.value).toEqual(page("<p>dos</p>", []));
  });

  it("stores unstable_cache data with its tags and answers it elsewhere", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const data = {
      kind: "FETCH",
      data: { headers: {}, body: '{"total":3}', status: 200, url: "" },
      revalidate: 60,
    };
    await a.set("fetch-key-" + tag, data, { fetchCache: true, tags: [tag] });

    const found = await b.get("fetch-key-" + tag, { kind: "FETCH", tags: [tag], softTags: [] });
    expect(found?.value).toEqual(data);

    await laterMillisecond();

    await a.revalidateTag(tag);
    await until(() => b.cache.tags?.get(tag) !== undefined, 1000);
    expect(await b.get("fetch-key-" + tag, { kind: "FETCH", tags: [], softTags: [] })).toBeNull();
  });

  it("lets every process see a tag expired by another within a second, through NOTIFY", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const key = uniqueKey();
    await a.set(key, page("<p>antes</p>", [tag, "_N_T_/layout"]), pageSet());
    expect(await b.get(key, pageContext)).not.toBeNull();

    await laterMillisecond();

    await a.revalidateTag([tag]);
    const waited = await until(() => b.cache.tags?.get(tag)?.expired !== undefined, 1000);

    expect(waited).toBeLessThan(1000);
    expect(await b.get(key, pageContext)).toBeNull();
    expect(await a.get(key, pageContext)).toBeNull();
  });

  it("deletes what an expiry reaches from the database and from every process's memory, and keeps nothing computed before it", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const [reached, untouched] = [uniqueKey(), uniqueKey()];
    await a.set(reached, page("<p>Ana López</p>", [tag]), pageSet());
    await a.set(untouched, page("<p>otra página</p>", [uniqueTag()]), pageSet());
    await a.set(
      "fetch-key-" + tag,
      { kind: "FETCH", data: { body: "Ana" }, revalidate: 60 },
      { fetchCache: true, tags: [tag] },
    );
    expect(await b.get(reached, pageContext)).not.toBeNull();
    expect(b.cache.memory.get(reached)).toBeDefined();
    const stored = async () =>
      (
        await admin.query<{ key: string }>(
          "SELECT key FROM next_cache_entry WHERE build_id = $1 AND key = ANY($2)",
          [BUILD, [reached, untouched, "fetch-key-" + tag]],
        )
      ).rows.map((row) => row.key);
    expect((await stored()).sort()).toEqual([reached, untouched, "fetch-key-" + tag].sort());
    // A render that began before the expiry and ends after it.
    const slowRender = handlerOf(a.cache);

    await laterMillisecond();
    await a.revalidateTag(tag, { expire: 0 });
    await until(() => b.cache.memory.get(reached) === undefined, 1000);

    expect(await stored()).toEqual([untouched]);
    expect(a.cache.memory.get(reached)).toBeUndefined();
    expect(b.cache.memory.get(reached)).toBeUndefined();
    expect(b.cache.memory.get(untouched)).toBeUndefined(); // never read there
    expect(a.cache.memory.get(untouched)).toBeDefined();

    await slowRender.set(reached, page("<p>Ana López</p>", [tag]), pageSet());
    expect(await stored()).toEqual([untouched]);
    expect(a.cache.memory.get(reached)).toBeUndefined();
    // Computed after the expiry: kept as always.
    await laterMillisecond();
    await a.set(reached, page("<p>sin Ana</p>", [tag]), pageSet());
    expect((await b.get(reached, pageContext))?.value).toEqual(page("<p>sin Ana</p>", [tag]));
  });

  it("keeps a not-found page in the memory of the process that rendered it, never in the database", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    await a.set(key, { ...page("<p>No encontramos esta página</p>", []), status: 404 }, pageSet());

    expect((await a.get(key, pageContext))?.value).toMatchObject({ status: 404 });
    const { rowCount } = await admin.query(
      "SELECT 1 FROM next_cache_entry WHERE build_id = $1 AND key = $2",
      [BUILD, key],
    );
    expect(rowCount).toBe(0);
    expect(await b.get(key, pageContext)).toBeNull();
  });

  it("keeps entries whose tag only went stale, to be served once more", async () => {
    const { a } = await twoProcesses();
    const tag = uniqueTag();
    const key = uniqueKey();
    await a.set(key, page("<p>cifra</p>", [tag]), pageSet());
    await laterMillisecond();
    await a.revalidateTag(tag, {});
    const { rowCount } = await admin.query(
      "SELECT 1 FROM next_cache_entry WHERE build_id = $1 AND key = $2",
      [BUILD, key],
    );
    expect(rowCount).toBe(1);
    expect(a.cache.memory.get(key)).toBeDefined();
  });

  it("serves an entry whose tag went stale once more, as due for regeneration", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const key = uniqueKey();
    await a.set(key, page("<p>viejo</p>", [tag]), pageSet());
    await b.get(key, pageContext);

    await laterMillisecond();

    await a.revalidateTag(tag, { expire: 31_536_000 });
    await until(() => b.cache.tags?.get(tag)?.stale !== undefined, 1000);

    const stale = await b.get(key, pageContext);
    expect(stale?.value).toEqual(page("<p>viejo</p>", [tag]));
    // Next regenerates when lastModified + revalidate is past, and blocks only past expire.
    const now = Date.now();
    expect(stale!.lastModified + 60_000).toBeLessThan(now);
    expect(stale!.lastModified + 31_536_000_000).toBeGreaterThan(now);

    // Once a process stores the regenerated page, the others take it from the database.
    await laterMillisecond();
    await a.set(key, page("<p>nuevo</p>", [tag]), pageSet());
    const fresh = await b.get(key, pageContext);
    expect(fresh?.value).toEqual(page("<p>nuevo</p>", [tag]));
    expect(fresh!.lastModified).toBeGreaterThan(Date.now() - 1000);
  });

  it("keeps a page rendered across a revalidation stale, since its data may predate it", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const key = uniqueKey();
    // A request on A begins rendering; B revalidates the tag; A stores what it rendered.
    const renderingOnA = handlerOf(a.cache);
    await laterMillisecond();
    await b.revalidateTag(tag, { expire: 31_536_000 });
    await until(() => a.cache.tags?.get(tag)?.stale !== undefined, 1000);
    await renderingOnA.set(key, page("<p>leído antes</p>", [tag]), pageSet());

    const found = await b.get(key, pageContext);
    expect(found?.value).toEqual(page("<p>leído antes</p>", [tag]));
    expect(found!.lastModified + 60_000).toBeLessThan(Date.now());
  });

  it("reads the whole tag table again when its listener reconnects", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const key = uniqueKey();
    await a.set(key, page("<p>x</p>", [tag]), pageSet());
    await b.get(key, pageContext);

    // B's listener loses its connection, and the revalidation is announced while it is away.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    );
    await laterMillisecond();
    await a.revalidateTag(tag);

    await until(() => b.cache.tags?.get(tag)?.expired !== undefined, 5000);
    expect(await b.get(key, pageContext)).toBeNull();
  });

  it("expires entries after their time and sweeps their rows", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    await a.set(key, page("<p>breve</p>", []), pageSet(1));
    expect(await b.get(key, pageContext)).not.toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await b.get(key, pageContext)).toBeNull();
    expect(await a.get(key, pageContext)).toBeNull();

    await a.cache.store?.sweep(60_000);
    const { rows } = await admin.query("SELECT 1 FROM next_cache_entry WHERE build_id = $1 AND key = $2", [
      BUILD,
      key,
    ]);
    expect(rows).toEqual([]);
  });

  it("keeps its memory layer within its size, dropping the least recently used first", async () => {
    const small = processOf(processCache({ databaseUrl: undefined, memoryBytes: 7000 }));
    const keys = [uniqueKey(), uniqueKey(), uniqueKey()];
    await small.set(keys[0]!, page("a".repeat(1500), []), pageSet());
    await small.set(keys[1]!, page("b".repeat(1500), []), pageSet());
    await small.get(keys[0]!, pageContext);
    await small.set(keys[2]!, page("c".repeat(1500), []), pageSet());

    expect(small.cache.memory.bytes).toBeLessThanOrEqual(7000);
    expect(await small.get(keys[0]!, pageContext)).not.toBeNull();
    expect(await small.get(keys[1]!, pageContext)).toBeNull();
    expect(await small.get(keys[2]!, pageContext)).not.toBeNull();

    // Next's cacheMaxMemorySize arriving after the cache was made (by the 'use cache' handler).
    small.cache.memory.maxBytes = 4000;
    expect(small.cache.memory.bytes).toBeLessThanOrEqual(4000);
    expect(await small.get(keys[0]!, pageContext)).toBeNull();
    expect(await small.get(keys[2]!, pageContext)).not.toBeNull();
  });

  it("keeps pages answering from memory, without hanging, when the database is away", async () => {
    const lines: string[] = [];
    const cache = processCache({
      databaseUrl: "postgresql://postgres:secret@127.0.0.1:1/petition",
      log: (line) => lines.push(line),
    });
    const handler = processOf(cache);
    const tag = uniqueTag();
    const key = uniqueKey();

    const started = Date.now();
    expect(await handler.get(key, pageContext)).toBeNull();
    await handler.set(key, page("<p>local</p>", [tag]), pageSet());
    expect((await handler.get(key, pageContext))?.value).toEqual(page("<p>local</p>", [tag]));
    await laterMillisecond();
    await handler.revalidateTag(tag);
    expect(await handler.get(key, pageContext)).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);

    // One line for the outage, with no address, password or key in it.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^shared cache: the database cannot be used \(Error ECONNREFUSED\)/);
    expect(lines[0]).not.toContain("secret");
    expect(lines[0]).not.toContain(key);
  });

  it("sends a revalidation made during an outage once the database is back", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const key = uniqueKey();
    await b.set(key, page("<p>x</p>", [tag]), pageSet());
    const cut = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    // Every connection of both processes ends; A's next write fails and is kept.
    await admin.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [
      cut.rows.map((row) => row.pid),
    ]);
    await laterMillisecond();
    await a.revalidateTag(tag);

    await until(() => b.cache.tags?.get(tag)?.expired !== undefined, 8000);
    expect(await b.get(key, pageContext)).toBeNull();
  });
});
