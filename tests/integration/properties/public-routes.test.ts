// The public route handlers (/api/health, /api/stats, /api/stats.csv), called 10,000+
// times each with generated requests while generated counter rows come and go in the real
// database: never a server error, and the figures always follow the counter tables.
//
// The stats handlers read through a `'use cache'` function. Outside a Next build the
// directive is only a string and the function runs as it is, but its cacheTag and cacheLife
// calls throw outside Next's cache scope: here they do nothing, so everything below the cache
// runs for real; the cache itself is covered by the end-to-end tests.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getStatsCsv, OPTIONS as optionsStatsCsv } from "@/app/api/stats.csv/route";
import { GET as getStats, OPTIONS as optionsStats } from "@/app/api/stats/route";
import { db } from "@/lib/db";
import { MEXICAN_STATES } from "@/lib/geo/mexican-states";
import { CSV_HEADER, type OpenDataStats } from "@/lib/stats/open-data";
import { PAYLOADS, STATE_CODES, described, unicodeText } from "./arbitraries";

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  cacheTag: () => {},
  cacheLife: () => {},
}));

const NUM_RUNS = 10_000;
const BASE = "http://localhost:3000";

// Next calls a route handler with the request; these declare no parameter and must not care.
type Handler = (request: Request) => Promise<Response> | Response;

const headerName = fc.constantFrom(
  "accept",
  "accept-language",
  "accept-encoding",
  "cookie",
  "origin",
  "range",
  "if-none-match",
  "if-modified-since",
  "user-agent",
  "x-forwarded-for",
  "x-petition-client-address",
  "content-type",
  "x-custom",
);
// Header values are byte strings: visible Latin-1 and spaces only, or the Request refuses them.
const headerValue = fc.oneof(
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength: 60,
  }),
  fc.string({
    unit: fc.integer({ min: 0xa0, max: 0xff }).map((code) => String.fromCharCode(code)),
    maxLength: 20,
  }),
  fc.constantFrom("*/*", "text/csv", "es-MX,es;q=0.9", "bytes=0-10", "ref=whatsapp", "a".repeat(8_000)),
);

/** A request as a browser, a crawler or an attacker might send it to `path`. */
function request(path: string, methods: readonly string[]): fc.Arbitrary<Request> {
  const query = fc.oneof(
    fc.constant(""),
    fc.webQueryParameters().map((q) => `?${q}`),
    // Raw, as typed into an address bar: the URL parser escapes what it must.
    fc.oneof(unicodeText(), fc.constantFrom(...PAYLOADS)).map((q) => `?q=${q}`),
    fc.constantFrom(
      "?format=csv",
      "?locale=en",
      "?callback=alert",
      "?%",
      "?a=1&a=2&a=3",
      `?x=${"9".repeat(5_000)}`,
    ),
  );
  return fc
    .record({
      method: fc.constantFrom(...methods),
      query,
      headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 }),
    })
    .map(({ method, query: search, headers }) =>
      described(
        new Request(`${BASE}${path}${search}`, { method, headers }),
        `${method} ${path}${search} ${JSON.stringify(headers)}`,
      ),
    );
}

/** The server errors and unlocalized client errors the requirement rules out. */
function expectAcceptableStatus(response: Response): void {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.headers.get("content-type") ?? "").toMatch(/^(text\/plain|application\/json)/);
  }
}

describe("GET /api/health with generated requests", () => {
  it(`answers ${NUM_RUNS.toLocaleString("en")} requests with 200 and an uncached "ok" while the database is up`, async () => {
    const handler: Handler = getHealth;
    await fc.assert(
      fc.asyncProperty(request("/api/health", ["GET", "HEAD"]), async (incoming) => {
        const response = await handler(incoming);
        expectAcceptableStatus(response);
        expect(response.status).toBe(200);
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
      }),
      { numRuns: NUM_RUNS },
    );
  }, 120_000);
});

interface CounterRow {
  scope: string;
  code: string;
  count: number;
}
interface DayRow {
  day: Date;
  count: number;
}

let countsBefore: CounterRow[] = [];
let daysBefore: DayRow[] = [];

beforeAll(async () => {
  countsBefore = await db().signatureCount.findMany();
  daysBefore = await db().signatureDailyCount.findMany();
});

afterAll(async () => {
  // The counters as the other files expect them.
  await db().$transaction([
    db().signatureCount.deleteMany(),
    db().signatureCount.createMany({ data: countsBefore }),
    db().signatureDailyCount.deleteMany(),
    db().signatureDailyCount.createMany({ data: daysBefore }),
  ]);
});

/** Counter rows as the CHECK constraints allow them, sensible or not (codes are any three characters). */
const counterRow: fc.Arbitrary<CounterRow> = fc.record({
  scope: fc.constantFrom("total", "state", "country"),
  code: fc.oneof(
    fc.constantFrom("all", ...STATE_CODES, "MX", "US", "CO", "mx", "ZZZ", "A,B", 'A"', "\r\n"),
    // VARCHAR(3) counts code points; PostgreSQL text cannot hold NUL.
    fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 3 })
      .filter((code) => [...code].length <= 3 && !code.includes("\u0000")),
  ),
  count: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(2_147_483_647)),
});
const dayRow: fc.Arbitrary<DayRow> = fc.record({
  day: fc
    .date({
      min: new Date("1970-01-01T00:00:00Z"),
      max: new Date("2199-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((date) => new Date(date.toISOString().slice(0, 10))),
  count: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(2_147_483_647)),
});
const tableChange = fc.oneof(
  { arbitrary: fc.constant(null), weight: 9 },
  {
    arbitrary: fc.record({
      counts: fc.array(counterRow, { maxLength: 4 }),
      days: fc.array(dayRow, { maxLength: 3 }),
    }),
    weight: 1,
  },
);

/** What the open data must say for these counter rows (lib/stats/shape.ts and open-data.ts, restated). */
function expectedOpenData(counts: Map<string, CounterRow>, days: Map<string, number>) {
  const positive = [...counts.values()].filter((row) => row.count > 0);
  const find = (scope: string, code: string) =>
    positive.find((row) => row.scope === scope && row.code === code);
  return {
    total: find("total", "all")?.count ?? 0,
    byState: [...MEXICAN_STATES]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((state) => ({ code: state.code, name: state.es, count: find("state", state.code)?.count ?? 0 })),
    byCountry: positive
      .filter((row) => row.scope === "country" && /^[A-Z]{2}$/.test(row.code))
      .map((row) => ({ code: row.code, count: row.count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    byDay: [...days.entries()]
      .filter(([, count]) => count > 0)
      .map(([day, count]) => ({ day, count }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  };
}

/** RFC 4180 parser, enough for quoted fields with commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else field += char;
  }
  expect(quoted).toBe(false);
  expect(row).toEqual([]);
  expect(field).toBe("");
  return rows;
}

describe("GET and OPTIONS /api/stats and /api/stats.csv with generated requests and counter rows", () => {
  it(`answers ${NUM_RUNS.toLocaleString("en")} requests with 200 and open data that follows the counter tables, in JSON and CSV alike`, async () => {
    const handlers: Record<"json" | "csv", Handler> = { json: getStats, csv: getStatsCsv };
    const preflights: Handler[] = [optionsStats, optionsStatsCsv];
    const model = {
      counts: new Map<string, CounterRow>(countsBefore.map((row) => [`${row.scope}\u0000${row.code}`, row])),
      days: new Map<string, number>(daysBefore.map((row) => [row.day.toISOString().slice(0, 10), row.count])),
    };

    await fc.assert(
      fc.asyncProperty(
        request("/api/stats", ["GET", "HEAD"]),
        request("/api/stats.csv", ["GET", "HEAD"]),
        request("/api/stats", ["OPTIONS"]),
        tableChange,
        async (jsonRequest, csvRequest, preflightRequest, change) => {
          if (change) {
            // Each change starts again from the tables as they were, so they stay small
            // and a failing run can be replayed on its own while shrinking.
            model.counts = new Map(countsBefore.map((row) => [`${row.scope}\u0000${row.code}`, row]));
            for (const row of change.counts) model.counts.set(`${row.scope}\u0000${row.code}`, row);
            model.days = new Map(daysBefore.map((row) => [row.day.toISOString().slice(0, 10), row.count]));
            for (const row of change.days) model.days.set(row.day.toISOString().slice(0, 10), row.count);
            await db().$transaction([
              db().signatureCount.deleteMany(),
              db().signatureCount.createMany({ data: [...model.counts.values()] }),
              db().signatureDailyCount.deleteMany(),
              db().signatureDailyCount.createMany({
                data: [...model.days].map(([day, count]) => ({ day: new Date(day), count })),
              }),
            ]);
          }

          const [json, csv, ...preflight] = await Promise.all([
            handlers.json(jsonRequest),
            handlers.csv(csvRequest),
            ...preflights.map((handler) => handler(preflightRequest)),
          ]);
          for (const response of [json, csv, ...preflight]) {
            expectAcceptableStatus(response);
            expect(response.headers.get("access-control-allow-origin")).toBe("*");
          }
          expect(preflight.map((response) => response.status)).toEqual([204, 204]);
          expect(json.status).toBe(200);
          expect(csv.status).toBe(200);
          expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");

          const expected = expectedOpenData(model.counts, model.days);
          const data = (await json.json()) as OpenDataStats;
          expect(Number.isNaN(Date.parse(data.asOf))).toBe(false);
          expect(data).toEqual({
            ...expected,
            asOf: data.asOf,
            statesRepresented: expected.byState.filter((state) => state.count > 0).length,
          });

          const rows = parseCsv(await csv.text());
          expect(rows).toEqual([
            [...CSV_HEADER],
            ["total", "all", "", String(expected.total)],
            ...expected.byState.map((state) => ["state", state.code, state.name, String(state.count)]),
            ...expected.byCountry.map((country) => ["country", country.code, "", String(country.count)]),
            ...expected.byDay.map((day) => ["day", day.day, "", String(day.count)]),
          ]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  }, 180_000);
});
