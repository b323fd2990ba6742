// The `'use cache'` handler against the real database: two SharedCache objects with their own
// pools and listeners stand for two server processes, each with its handler, as Next calls it
// (next/dist/server/lib/cache-handlers/types.d.ts).
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCacheHandler, SharedCache } from "@/lib/cache/shared-cache-handler.mjs";
import { createUseCacheHandler, type UseCacheEntry } from "@/lib/cache/use-cache-handler.mjs";
import { laterMillisecond, until } from "./support/until";

const MB = 1024 * 1024;
const DAY = 24 * 60 * 60;

let admin: pg.Client;
const opened: SharedCache[] = [];
const keys: string[] = [];

function processOf() {
  const cache = new SharedCache({
    databaseUrl: process.env.DATABASE_URL,
    buildId: `test-build-${process.pid}`,
    memoryBytes: 8 * MB,
    log: () => {},
  });
  opened.push(cache);
  return { cache, handler: createUseCacheHandler(() => cache) };
}

async function twoProcesses() {
  const a = processOf();
  const b = processOf();
  await Promise.all([a.cache.tags?.ready, b.cache.tags?.ready]);
  return { a, b };
}

let sequence = 0;
const uniqueTag = () => `use-cache-tag-${process.pid}-${++sequence}`;
function uniqueKey() {
  const key = `["build",["fn-${process.pid}-${++sequence}"],[]]`;
  keys.push(`use-cache:${key}`);
  return key;
}

function streamOf(...chunks: string[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
}

function entry(text: string, tags: string[], life: Partial<UseCacheEntry> = {}): UseCacheEntry {
  return {
    value: streamOf(...text.split("|")),
    tags,
    stale: 60,
    timestamp: Date.now(),
    expire: DAY,
    revalidate: 60,
    ...life,
  };
}

const textOf = async (found: UseCacheEntry | undefined) =>
  found ? new TextDecoder().decode(await new Response(found.value).arrayBuffer()) : undefined;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((cache) => cache.close()));
});

afterAll(async () => {
  await admin.query("DELETE FROM next_cache_entry WHERE build_id = 'use-cache' AND key = ANY($1)", [keys]);
  await admin.end();
});

describe("the 'use cache' handler", () => {
  it("answers a value stored by one process from another, with its life, a new stream each time", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    const tag = uniqueTag();
    const written = entry('{"total":|41}', [tag]);
    await a.handler.set(key, Promise.resolve(written));

    const first = await b.handler.get(key, []);
    expect(await textOf(first)).toBe('{"total":41}');
    expect(first).toMatchObject({ tags: [tag], stale: 60, revalidate: 60, expire: DAY });
    expect(first?.timestamp).toBe(written.timestamp);
    expect(await textOf(await b.handler.get(key, []))).toBe('{"total":41}');
  });

  it("makes a get wait for a set of the same key still streaming in this process", async () => {
    const { a } = await twoProcesses();
    const key = uniqueKey();
    let finish: (value: UseCacheEntry) => void = () => {};
    const pending = new Promise<UseCacheEntry>((resolve) => (finish = resolve));
    const setting = a.handler.set(key, pending);

    const reading = a.handler.get(key, []);
    finish(entry("tarde", []));
    await setting;
    expect(await textOf(await reading)).toBe("tarde");
  });

  it("misses everywhere within a second of updateTag on another process", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    const tag = uniqueTag();
    await a.handler.set(key, Promise.resolve(entry("viejo", [tag])));
    expect(await textOf(await b.handler.get(key, []))).toBe("viejo");

    await laterMillisecond();
    await a.handler.updateTags([tag]);
    await until(async () => (await b.handler.get(key, [])) === undefined, 1000);
    expect(await a.handler.get(key, [])).toBeUndefined();
  });

  it("serves an entry whose tag went stale once more, marked for a fresh computation", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    const tag = uniqueTag();
    await a.handler.set(key, Promise.resolve(entry("casi", [tag])));

    await laterMillisecond();
    await a.handler.updateTags([tag], { expire: DAY });
    await until(() => b.cache.tags?.get(tag)?.stale !== undefined, 1000);
    const found = await b.handler.get(key, []);
    expect(await textOf(found)).toBe("casi");
    expect(found?.revalidate).toBe(-1);
  });

  it("weighs the page's implicit tags in get, and tells Next so", async () => {
    const { a, b } = await twoProcesses();
    const key = uniqueKey();
    const pathTag = `_N_T_/es/page-${uniqueTag()}`;
    await a.handler.set(key, Promise.resolve(entry("página", [])));
    expect(await b.handler.getExpiration([pathTag])).toBe(Infinity);

    await laterMillisecond();
    await a.handler.updateTags([pathTag]);
    await until(() => b.cache.tags?.get(pathTag)?.expired !== undefined, 1000);
    expect(await b.handler.get(key, [pathTag])).toBeUndefined();
    expect(await textOf(await b.handler.get(key, []))).toBe("página");
  });

  it("keeps neither answers meant to live under two seconds nor values that failed while streaming", async () => {
    const { a, b } = await twoProcesses();
    const brief = uniqueKey();
    await a.handler.set(
      brief,
      Promise.resolve(entry("sin datos", [], { stale: 0, revalidate: 1, expire: 1 })),
    );
    expect(await a.handler.get(brief, [])).toBeUndefined();

    const broken = uniqueKey();
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("medio"));
        controller.error(new Error("the function threw"));
      },
    });
    await a.handler.set(broken, Promise.resolve({ ...entry("", []), value: failing }));
    expect(await a.handler.get(broken, [])).toBeUndefined();
    expect(await b.handler.get(broken, [])).toBeUndefined();

    const { rows } = await admin.query("SELECT key FROM next_cache_entry WHERE key = ANY($1)", [
      [`use-cache:${brief}`, `use-cache:${broken}`],
    ]);
    expect(rows).toEqual([]);
  });

  it("writes one revalidation when Next hands the same one to both of its caches' handlers", async () => {
    const { a, b } = await twoProcesses();
    const tag = uniqueTag();
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const notified: string[] = [];
    listener.on("notification", (message) => {
      if (message.payload?.includes(tag)) notified.push(message.payload);
    });
    await listener.query("LISTEN next_cache_tags");
    try {
      // What next/dist/server/revalidation-utils.js does for revalidateTag(tag, "max").
      const PagesHandler = createCacheHandler(() => a.cache);
      await Promise.all([
        a.handler.updateTags([tag], { expire: DAY }),
        new PagesHandler({}).revalidateTag([tag], { expire: DAY }),
      ]);
      await until(() => b.cache.tags?.get(tag)?.stale !== undefined, 1000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(notified).toHaveLength(1);
    } finally {
      await listener.end();
    }
  });
});
