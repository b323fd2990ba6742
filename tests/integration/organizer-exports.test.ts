import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DateRange } from "@/lib/organizers/date-range";
import { recentExports } from "@/lib/organizers/exports/export-log";
import { exportResponse } from "@/lib/organizers/exports/http";
import { openExport } from "@/lib/organizers/exports/open-export";
import { ORGANIZER_EXPORT_PATHS } from "@/lib/organizers/exports/paths";
import { COUNT_DIMENSIONS, type CountDimension, type ExportRequest } from "@/lib/organizers/exports/request";

const ORGANIZER = "ana.organizadora@example.org";
const organizer = async () => ({ email: ORGANIZER, expiresAt: new Date(Date.now() + 3600_000) });
const anonymous = async () => null;

let client: pg.Client;
const inserted: string[] = [];
let invalidationId: string;

interface Row {
  name?: string | null;
  status?: "PENDING" | "CONFIRMED" | "WITHDRAWN" | "INVALIDATED";
  country?: string;
  state?: string | null;
  showName?: boolean;
  locale?: "es" | "en";
  source?: string | null;
  confirmedAt?: string | null;
}

/** Inserts a signature row as it looks after the flow it stands for (erased when withdrawn or invalidated). */
async function insertSignature(row: Row) {
  const id = randomUUID();
  const status = row.status ?? "CONFIRMED";
  const live = status === "PENDING" || status === "CONFIRMED";
  const email = live ? `export.${id}@example.org` : null;
  const country = row.country ?? "MX";
  await client.query(
    `INSERT INTO signature (id, status, name, email, email_canonical, country_code, state_code, show_name, locale,
       source, confirmed_at, withdrawn_at, invalidation_id)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      id,
      status,
      live ? (row.name ?? "Persona Firmante") : null,
      email,
      country,
      country === "MX" ? (row.state ?? "JAL") : null,
      row.showName ?? true,
      row.locale ?? "es",
      row.source ?? null,
      status === "PENDING" ? null : (row.confirmedAt ?? "2026-03-02T18:00:00Z"),
      status === "WITHDRAWN" ? "2026-03-05T18:00:00Z" : null,
      status === "INVALIDATED" ? invalidationId : null,
    ],
  );
  inserted.push(id);
  return { id, email };
}

/** RFC 4180 reader for the tests: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += char;
  }
  expect(quoted).toBe(false);
  expect(row).toEqual([]);
  return rows;
}

const TRUTH_KEY: Record<CountDimension, string> = {
  day: `to_char((confirmed_at AT TIME ZONE 'America/Mexico_City')::date, 'YYYY-MM-DD')`,
  state: "state_code",
  country: "country_code::text",
  language: "locale",
  source: "source",
};

/** What the counts must be, asked of the database directly. */
async function countsTruth(
  dimension: CountDimension,
  { from, to }: DateRange,
): Promise<Record<string, number>> {
  const { rows } = await client.query<{ key: string | null; n: number }>(
    `SELECT ${TRUTH_KEY[dimension]} AS key, count(*)::int AS n FROM signature
     WHERE status = 'CONFIRMED'
       AND ($1::date IS NULL OR (confirmed_at AT TIME ZONE 'America/Mexico_City')::date >= $1::date)
       AND ($2::date IS NULL OR (confirmed_at AT TIME ZONE 'America/Mexico_City')::date <= $2::date)
     GROUP BY 1`,
    [from, to],
  );
  return Object.fromEntries(rows.map((row) => [row.key ?? "", row.n]));
}

async function exportText(request: ExportRequest, requestedBy = ORGANIZER) {
  const opened = await openExport(db(), request, requestedBy);
  return { opened, text: await new Response(opened.stream).text() };
}

const counts = (dimension: CountDimension, format: "csv" | "json", range: DateRange): ExportRequest => ({
  kind: "counts",
  dimension,
  format,
  range,
});
const publicNames = (range: DateRange = { from: null, to: null }): ExportRequest => ({
  kind: "public-names",
  language: "es",
  range,
});

const FORMULA_NAMES = [
  '=HYPERLINK("http://x")',
  "+1",
  "-2",
  "@SUM(A1)",
  '=1+1, "entre comillas"\nen dos líneas',
  "\t=tab",
];

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  invalidationId = randomUUID();
  await client.query(
    `INSERT INTO signature_invalidation (id, organizer_email, email_domain, signature_count, confirmed_count)
     VALUES ($1, $2, 'spam.example', 1, 1)`,
    [invalidationId, ORGANIZER],
  );
  // 05:30 UTC on March 1st is still February 28th in Mexico City.
  await insertSignature({ name: "Lucía Late", confirmedAt: "2026-03-01T05:30:00Z", source: "radio" });
  await insertSignature({ name: "Mateo Morning", confirmedAt: "2026-03-01T06:30:00Z", state: "OAX" });
  await insertSignature({
    name: "Greta Abroad",
    country: "DE",
    locale: "en",
    confirmedAt: "2026-03-03T12:00:00Z",
  });
  await insertSignature({ name: "Hidden Name", showName: false, state: "CMX", source: "=cmd|' /C calc'!A0" });
  await insertSignature({ name: "Pending Person", status: "PENDING" });
  const hidden = await insertSignature({ name: "Hidden By Organizers" });
  await client.query(
    `INSERT INTO public_name_hiding (id, signature_id, organizer_email, reason) VALUES (gen_random_uuid(), $1, $2, 'insulto')`,
    [hidden.id, ORGANIZER],
  );
  await insertSignature({ status: "WITHDRAWN" });
  await insertSignature({ status: "INVALIDATED" });
  for (const name of FORMULA_NAMES) await insertSignature({ name, confirmedAt: "2026-03-04T18:00:00Z" });
});

afterAll(async () => {
  await client.query(`DELETE FROM signature WHERE id = ANY($1::uuid[])`, [inserted]);
  await client.query(`DELETE FROM signature_invalidation WHERE id = $1`, [invalidationId]);
  await client.query(`DELETE FROM export_log`);
  await client.end();
});

const RANGES: DateRange[] = [
  { from: null, to: null },
  { from: "2026-03-01", to: null },
  { from: null, to: "2026-02-28" },
  { from: "2026-03-01", to: "2026-03-03" },
  { from: "2030-01-01", to: "2030-01-31" },
];

describe("counts exports", () => {
  it.each(COUNT_DIMENSIONS)(
    "count confirmed signatures by %s exactly as the database does, for every range",
    async (dimension) => {
      for (const range of RANGES) {
        const truth = await countsTruth(dimension, range);

        const csv = parseCsv((await exportText(counts(dimension, "csv", range))).text);
        expect(csv[0]).toEqual([dimension, "confirmed"]);
        const fromCsv = Object.fromEntries(
          csv.slice(1).map(([key, n]) => [key!.replace(/^'/, ""), Number(n)]),
        );
        expect(fromCsv).toEqual(truth);

        const json = JSON.parse((await exportText(counts(dimension, "json", range))).text);
        expect(json).toMatchObject({
          dimension,
          from: range.from,
          to: range.to,
          timeZone: "America/Mexico_City",
        });
        expect(new Date(json.generatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
        const fromJson = Object.fromEntries(
          json.rows.map((row: { key: string | null; confirmed: number }) => [row.key ?? "", row.confirmed]),
        );
        expect(fromJson).toEqual(truth);
        expect(json.total).toBe(Object.values(truth).reduce((sum, n) => sum + n, 0));
      }
    },
  );

  it("counts a confirmation on the Mexico City day it happened, not the UTC one", async () => {
    const json = JSON.parse(
      (await exportText(counts("day", "json", { from: "2026-02-28", to: "2026-03-01" }))).text,
    );
    expect(json.rows).toEqual([
      { key: "2026-02-28", confirmed: 1 },
      { key: "2026-03-01", confirmed: 1 },
    ]);
  });

  it("lists days in calendar order and other keys from most to fewest signatures", async () => {
    const days = JSON.parse((await exportText(counts("day", "json", RANGES[0]!))).text).rows.map(
      (row: { key: string }) => row.key,
    );
    expect(days).toEqual([...days].sort());
    const states = JSON.parse((await exportText(counts("state", "json", RANGES[0]!))).text).rows;
    const numbers = states.map((row: { confirmed: number }) => row.confirmed);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(states).toContainEqual({ key: null, confirmed: expect.any(Number) });
  });

  it("neutralizes a source that would run as a formula in a spreadsheet", async () => {
    const { text } = await exportText(counts("source", "csv", RANGES[0]!));
    expect(text).toContain(`"'=cmd|' /C calc'!A0",1\r\n`);
  });
});

describe("public names export", () => {
  it("lists only confirmed signers who chose to show their name, with nothing else about them", async () => {
    const { text } = await exportText(publicNames());
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(["name", "place", "confirmed_on"]);
    const names = rows.slice(1).map(([name]) => name);

    const { rows: truth } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM signature WHERE status = 'CONFIRMED' AND show_name AND NOT EXISTS (SELECT 1 FROM public_name_hiding h WHERE h.signature_id = signature.id)`,
    );
    expect(names).toHaveLength(truth[0]!.n);
    expect(names).toEqual(expect.arrayContaining(["Lucía Late", "Mateo Morning", "Greta Abroad"]));
    expect(names).not.toContain("Hidden Name");
    expect(names).not.toContain("Hidden By Organizers");
    expect(names).not.toContain("Pending Person");
    expect(rows.slice(1).every((row) => row.length === 3)).toBe(true);
    expect(text).not.toMatch(/@example\.org/);
  });

  it("writes the state for residents of Mexico, the country otherwise, and the day of confirmation in Mexico City", async () => {
    const rows = parseCsv((await exportText(publicNames({ from: "2026-02-28", to: "2026-03-03" }))).text);
    expect(rows.slice(1)).toEqual([
      ["Lucía Late", "Jalisco", "2026-02-28"],
      ["Mateo Morning", "Oaxaca", "2026-03-01"],
      ["Greta Abroad", "Alemania", "2026-03-03"],
    ]);
  });

  it("neutralizes names that would run as formulas and keeps commas, quotes and line breaks inside their cell", async () => {
    const { text } = await exportText(publicNames({ from: "2026-03-04", to: "2026-03-04" }));
    const names = parseCsv(text)
      .slice(1)
      .map(([name]) => name);
    for (const name of FORMULA_NAMES) expect(names).toContain(`'${name}`);
    // No cell begins with a character a spreadsheet reads as the start of a formula.
    for (const line of text.split("\r\n")) expect(line).not.toMatch(/^[=+\-@\t\r]|,[=+\-@\t\r]/);
  });
});

describe("export log", () => {
  it("records who exported what, for which days and how many rows", async () => {
    await client.query("DELETE FROM export_log");
    await exportText(counts("state", "csv", { from: "2026-03-01", to: "2026-03-31" }));
    const names = await exportText(publicNames({ from: null, to: "2026-12-31" }), "command line (tester)");

    const [latest, first] = await recentExports(db(), 10);
    expect(first).toMatchObject({
      organizerEmail: ORGANIZER,
      export: "counts-by-state.csv",
      range: { from: "2026-03-01", to: "2026-03-31" },
      rowCount:
        parseCsv((await exportText(counts("state", "csv", { from: "2026-03-01", to: "2026-03-31" }))).text)
          .length - 1,
    });
    expect(latest).toMatchObject({
      organizerEmail: "command line (tester)",
      export: "public-names.csv",
      range: { from: null, to: "2026-12-31" },
      rowCount: parseCsv(names.text).length - 1,
    });
    expect(latest!.completedAt).toBeInstanceOf(Date);
    expect(latest!.completedAt!.getTime()).toBeGreaterThanOrEqual(latest!.createdAt.getTime());
  });

  it("keeps an interrupted download without a row count", async () => {
    await client.query("DELETE FROM export_log");
    const opened = await openExport(db(), publicNames(), ORGANIZER);
    const reader = opened.stream.getReader();
    await reader.read();
    await reader.cancel();

    const [entry] = await recentExports(db(), 1);
    expect(entry).toMatchObject({ export: "public-names.csv", rowCount: null, completedAt: null });
  });

  it("returns at most the number of entries asked for, newest first", async () => {
    await client.query("DELETE FROM export_log");
    for (const dimension of COUNT_DIMENSIONS) await exportText(counts(dimension, "json", RANGES[0]!));
    const entries = await recentExports(db(), 3);
    expect(entries.map((entry) => entry.export)).toEqual([
      "counts-by-source.json",
      "counts-by-language.json",
      "counts-by-country.json",
    ]);
  });
});

describe("export responses", () => {
  const url = (query: string, kind = "counts") =>
    new URL(`http://localhost/api/organizers/exports/${kind}?${query}`);
  const logCount = async () => Number((await client.query("SELECT count(*) FROM export_log")).rows[0].count);

  it("covers every export route", () => {
    expect(ORGANIZER_EXPORT_PATHS).toEqual([
      "/api/organizers/exports/counts",
      "/api/organizers/exports/public-names",
    ]);
  });

  it("turns anonymous visitors away before reading anything, even with bad parameters", async () => {
    const before = await logCount();
    const touched: string[] = [];
    const deps = {
      organizer: anonymous,
      db: () => {
        touched.push("db");
        return db();
      },
    };
    for (const query of ["by=state", "by=nothing&from=yesterday"]) {
      const response = await exportResponse("counts", url(query), deps);
      expect(response.status).toBe(401);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect((await exportResponse("public-names", url("", "public-names"), deps)).status).toBe(401);
    expect(touched).toEqual([]);
    expect(await logCount()).toBe(before);
  });

  it("sends an anonymous browser to the sign-in page in its language", async () => {
    const html = (cookie = "") => new Headers({ accept: "text/html,application/xhtml+xml", cookie });
    const counts = await exportResponse("counts", url("by=state"), { organizer: anonymous, db }, html());
    expect(counts.status).toBe(303);
    expect(counts.headers.get("location")).toBe("/es/organizadores/entrar");
    const english = await exportResponse(
      "counts",
      url("by=state"),
      { organizer: anonymous, db },
      html("NEXT_LOCALE=en"),
    );
    expect(english.headers.get("location")).toBe("/en/organizers/sign-in");
    const names = await exportResponse(
      "public-names",
      url("lang=en", "public-names"),
      { organizer: anonymous, db },
      html(),
    );
    expect(names.headers.get("location")).toBe("/en/organizers/sign-in");
  });

  it("sends a browser back to the exports page, in its language, when a parameter is wrong", async () => {
    const html = new Headers({ accept: "text/html", cookie: "NEXT_LOCALE=en" });
    const dates = await exportResponse("counts", url("by=state&from=2026-02-30"), { organizer, db }, html);
    expect(dates.status).toBe(303);
    expect(dates.headers.get("location")).toBe("/en/organizers/exports?error=invalidDate");
    const choice = await exportResponse(
      "counts",
      url("by=email"),
      { organizer, db },
      new Headers({ accept: "text/html" }),
    );
    expect(choice.headers.get("location")).toBe("/es/organizadores/exportar?error=invalidChoice");
  });

  it("refuses a download that another site started, even for a signed-in organizer", async () => {
    const before = await logCount();
    for (const site of ["cross-site", "same-site"]) {
      const headers = new Headers({ "sec-fetch-site": site, accept: "text/html" });
      const response = await exportResponse(
        "public-names",
        url("", "public-names"),
        { organizer, db },
        headers,
      );
      expect(response.status).toBe(403);
      expect(response.headers.get("content-disposition")).toBeNull();
    }
    for (const site of ["same-origin", "none"]) {
      const headers = new Headers({ "sec-fetch-site": site });
      const response = await exportResponse("counts", url("by=language"), { organizer, db }, headers);
      expect(response.status).toBe(200);
      await response.text();
    }
    expect(await logCount()).toBe(before + 2);
  });

  it.each([
    ["by=email", /"by" must be one of/],
    ["", /"by" must be one of/],
    ["by=state&format=xlsx", /"format" must be csv or json/],
    ["by=state&from=2026-02-30", /dates such as/],
    ["by=state&from=2026-12-31&to=2026-01-01", /"from" must not be after "to"/],
  ])("answers %j with 400 and a short message", async (query, message) => {
    const response = await exportResponse("counts", url(query), { organizer, db });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toMatch(message);
  });

  it("answers 400 for an unknown language of place names", async () => {
    const response = await exportResponse("public-names", url("lang=fr", "public-names"), { organizer, db });
    expect(response.status).toBe(400);
  });

  it("answers 503 when the database is away, whether at the session check or the export", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const sessionDown = await exportResponse("counts", url("by=state"), {
      organizer: () => Promise.reject(refused),
      db,
    });
    expect(sessionDown.status).toBe(503);

    // Anything else is a bug: it is not dressed up as an outage.
    await expect(
      exportResponse("counts", url("by=state"), {
        organizer: () => Promise.reject(new TypeError("bug")),
        db,
      }),
    ).rejects.toThrow(/exportResponse failed: TypeError/);

    const unreachable = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://nobody:nothing@127.0.0.1:9/none",
        connectionTimeoutMillis: 1000,
      }),
    });
    try {
      const exportDown = await exportResponse("public-names", url("", "public-names"), {
        organizer,
        db: () => unreachable,
      });
      expect(exportDown.status).toBe(503);
      expect(exportDown.headers.get("retry-after")).toBe("60");
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("streams a download that no cache keeps, named after what and which days", async () => {
    const response = await exportResponse(
      "counts",
      url("by=country&format=json&from=2026-03-01&to=2026-03-31"),
      {
        organizer,
        db,
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="budapestconventionmx-counts-by-country-2026-03-01-to-2026-03-31.json"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(JSON.parse(await response.text())).toMatchObject({ dimension: "country", from: "2026-03-01" });

    const names = await exportResponse("public-names", url("", "public-names"), { organizer, db });
    expect(names.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(names.headers.get("content-disposition")).toContain("public-names-all-time.csv");
  });
});

describe("npm run export", () => {
  const run = (args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/export.ts", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      encoding: "utf8",
      timeout: 30_000,
    });

  it("writes an export to standard output and records it as coming from the command line", async () => {
    await client.query("DELETE FROM export_log");
    const result = run([
      "--by",
      "language",
      "--format",
      "json",
      "--from",
      "2026-01-01",
      "--to",
      "2026-12-31",
    ]);
    expect(result.stderr).toMatch(/Exported \d+ rows \(counts-by-language\.json\)/);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(
      Object.fromEntries(
        json.rows.map((row: { key: string; confirmed: number }) => [row.key, row.confirmed]),
      ),
    ).toEqual(await countsTruth("language", { from: "2026-01-01", to: "2026-12-31" }));
    const [entry] = await recentExports(db(), 1);
    expect(entry).toMatchObject({
      organizerEmail: `command line (${os.userInfo().username})`,
      export: "counts-by-language.json",
      range: { from: "2026-01-01", to: "2026-12-31" },
      rowCount: json.rows.length,
    });
  });

  it("writes the public names to a file only its owner can read", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "export-"));
    try {
      const file = path.join(dir, "names.csv");
      // An older, world-readable file of the same name is replaced and closed to others.
      writeFileSync(file, "old", { mode: 0o644 });
      const result = run(["--public-names", "--output", file]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe("");
      expect(parseCsv(readFileSync(file, "utf8"))[0]).toEqual(["name", "place", "confirmed_on"]);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("explains its usage and exits with 2 on a bad option, writing nothing", () => {
    const result = run(["--by", "email"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/--by must be one of/);
    expect(result.stderr).toMatch(/usage:\n {2}npm run export -- --by/);
  });
});
