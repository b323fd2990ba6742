// Exports at campaign scale: 300,000 signatures in a database of their own (created on the
// test server and dropped afterwards, so the other test files never see them).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DateRange } from "@/lib/organizers/date-range";
import { recentExports } from "@/lib/organizers/exports/export-log";
import { openExport } from "@/lib/organizers/exports/open-export";
import { COUNT_DIMENSIONS, type CountDimension, type ExportRequest } from "@/lib/organizers/exports/request";
import { reconcileCounts } from "@/lib/petition/counters";
import { generateSignatures } from "../support/generated-signatures";

const SIGNATURES = 300_000;
const DATABASE = `petition_exports_large_${process.pid}`;

let serverUrl: URL;
let databaseUrl: string;
let client: pg.Client;
let prisma: PrismaClient;

const TRUTH_KEY: Record<CountDimension, string> = {
  day: `to_char((confirmed_at AT TIME ZONE 'America/Mexico_City')::date, 'YYYY-MM-DD')`,
  state: "state_code",
  country: "country_code::text",
  language: "locale",
  source: "source",
};

const RANGE_CONDITION = `status = 'CONFIRMED'
  AND ($1::date IS NULL OR (confirmed_at AT TIME ZONE 'America/Mexico_City')::date >= $1::date)
  AND ($2::date IS NULL OR (confirmed_at AT TIME ZONE 'America/Mexico_City')::date <= $2::date)`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Reads a stream to its end keeping only counters, and measures time and memory on the way. */
async function drain(stream: ReadableStream<Uint8Array>, onText: (text: string) => void) {
  const decoder = new TextDecoder();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let bytes = 0;
  const started = performance.now();
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    onText(decoder.decode(chunk.value, { stream: true }));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  onText(decoder.decode());
  const seconds = (performance.now() - started) / 1000;
  return { seconds, bytes, rssBefore, peakRss, rssAfter: process.memoryUsage().rss };
}

function report(label: string, rows: number, m: Awaited<ReturnType<typeof drain>>) {
  console.log(
    `${label}: ${rows.toLocaleString("en")} rows, ${(m.bytes / 1024 / 1024).toFixed(1)} MB in ${m.seconds.toFixed(2)} s; ` +
      `RSS before ${mb(m.rssBefore)}, peak ${mb(m.peakRss)}, after ${mb(m.rssAfter)}`,
  );
}

beforeAll(async () => {
  serverUrl = new URL(process.env.DATABASE_URL!);
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DATABASE}"`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  databaseUrl = url.toString();
  await migrate(databaseUrl);
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });

  const started = performance.now();
  await generateSignatures(client, SIGNATURES);
  console.log(
    `Generated ${SIGNATURES.toLocaleString("en")} signatures in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 300_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await client?.end();
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.end();
}, 60_000);

const request = (dimension: CountDimension, range: DateRange): ExportRequest => ({
  kind: "counts",
  dimension,
  format: "json",
  range,
});

describe(`exports of ${SIGNATURES.toLocaleString("en")} signatures`, () => {
  // Reconciling counts every counter of every row, the public ones and the organizers' figures:
  // tens of seconds on a busy machine.
  it("starts from counters that agree with the generated rows", async () => {
    expect(await reconcileCounts(prisma)).toEqual([]);
    const [total] = await prisma.signatureCount.findMany({ where: { scope: "total" } });
    expect(total?.count).toBe(SIGNATURES - (3 * SIGNATURES) / 50);
  }, 120_000);

  it.each(COUNT_DIMENSIONS)(
    "count by %s exactly as the database does",
    async (dimension) => {
      for (const range of [
        { from: null, to: null },
        { from: "2026-02-01", to: "2026-03-15" },
      ]) {
        const { rows: truth } = await client.query<{ key: string | null; n: number }>(
          `SELECT ${TRUTH_KEY[dimension]} AS key, count(*)::int AS n FROM signature WHERE ${RANGE_CONDITION} GROUP BY 1`,
          [range.from, range.to],
        );
        const opened = await openExport(prisma, request(dimension, range), "ana@example.org");
        let text = "";
        const measured = await drain(opened.stream, (piece) => (text += piece));
        report(`counts by ${dimension} ${range.from ?? "…"}–${range.to ?? "…"}`, opened.rowCount(), measured);

        const json = JSON.parse(text) as { rows: { key: string | null; confirmed: number }[]; total: number };
        const byKey = (rows: [string | null, number][]) => new Map(rows);
        expect(byKey(json.rows.map((row) => [row.key, row.confirmed]))).toEqual(
          byKey(truth.map((row) => [row.key, row.n])),
        );
        expect(json.total).toBe(truth.reduce((sum, row) => sum + row.n, 0));
      }
    },
    120_000,
  );

  it("streams every public name once, in flat memory", async () => {
    for (const range of [
      { from: null, to: null },
      { from: "2026-02-01", to: "2026-03-15" },
    ]) {
      const { rows } = await client.query<{ n: number; ids: string }>(
        `SELECT count(*)::int AS n, coalesce(sum(substring(name FROM '\\d+')::bigint), 0)::text AS ids
           FROM signature WHERE ${RANGE_CONDITION} AND show_name AND NOT EXISTS (SELECT 1 FROM public_name_hiding h WHERE h.signature_id = signature.id)`,
        [range.from, range.to],
      );
      const truth = rows[0]!;

      const opened = await openExport(
        prisma,
        { kind: "public-names", language: "es", range },
        "ana@example.org",
      );
      // Lines are counted and each name's number summed as the text goes by, so a page
      // that skipped or repeated rows (ties at a page boundary) would change the sums.
      let lines = 0;
      let ids = 0n;
      let partial = "";
      const measured = await drain(opened.stream, (piece) => {
        const parts = (partial + piece).split("\r\n");
        partial = parts.pop() ?? "";
        for (const line of parts) {
          lines += 1;
          const number = /^"'?(?:Firmante |=HYPERLINK\(""http:\/\/x\/)(\d+)/.exec(line)?.[1];
          if (number) ids += BigInt(number);
        }
      });
      report(`public names ${range.from ?? "…"}–${range.to ?? "…"}`, opened.rowCount(), measured);

      expect(partial).toBe("");
      expect(lines - 1).toBe(truth.n);
      expect(opened.rowCount()).toBe(truth.n);
      expect(ids.toString()).toBe(truth.ids);
      const [logged] = await recentExports(prisma, 1);
      expect(logged).toMatchObject({ export: "public-names.csv", rowCount: truth.n, range });
    }
  }, 300_000);

  it("exports every public name from the command line with the JavaScript heap capped at 40 MB", async () => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM signature WHERE status = 'CONFIRMED' AND show_name`,
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), "export-large-"));
    try {
      const file = path.join(dir, "names.csv");
      const started = performance.now();
      const result = spawnSync("npx", ["tsx", "scripts/export.ts", "--public-names", "--output", file], {
        env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: "--max-old-space-size=40" },
        encoding: "utf8",
        timeout: 240_000,
      });
      console.log(
        `npm run export -- --public-names (heap capped at 40 MB): ${((performance.now() - started) / 1000).toFixed(2)} s, ${result.stderr.trim()}`,
      );
      expect(result.status).toBe(0);
      expect(readFileSync(file, "utf8").split("\r\n").length - 2).toBe(rows[0]!.n);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
