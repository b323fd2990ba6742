import { describe, expect, it } from "vitest";
import { compareStoredWithAcknowledged } from "../../scripts/bench/acknowledged";
import { formatRatio, markdownTable } from "../../scripts/bench/markdown";
import { multipartBody } from "../../scripts/bench/multipart";
import type { LighthouseFigures } from "../../scripts/bench/lighthouse";
import { summarizeAudits } from "../../scripts/bench/lighthouse-summary";
import { parseBenchOptions } from "../../scripts/bench/options";
import { parseOrganizerOutput } from "../../scripts/bench/organizers";
import { buildReport, type BenchResults, type SigningFigures } from "../../scripts/bench/report";

describe("multipartBody", () => {
  it("writes each field as a part and closes with the final boundary", () => {
    expect(
      multipartBody(
        [
          ["$ACTION_ID_abc", ""],
          ["email", "a@example.org"],
        ],
        "b",
      ),
    ).toBe(
      '--b\r\nContent-Disposition: form-data; name="$ACTION_ID_abc"\r\n\r\n\r\n' +
        '--b\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.org\r\n' +
        "--b--\r\n",
    );
  });
});

describe("compareStoredWithAcknowledged", () => {
  it("finds no loss when every acknowledged signature is stored", () => {
    expect(
      compareStoredWithAcknowledged({ acknowledged: 10, storedOfAcknowledged: 10, storedTotal: 12 }),
    ).toEqual({
      lost: 0,
      storedUnanswered: 2,
      storedEqualsAcknowledged: true,
    });
  });

  it("counts an acknowledged signature missing from the database as lost", () => {
    expect(
      compareStoredWithAcknowledged({ acknowledged: 10, storedOfAcknowledged: 7, storedTotal: 7 }),
    ).toMatchObject({
      lost: 3,
      storedEqualsAcknowledged: false,
    });
  });
});

describe("markdownTable", () => {
  it("pads every column to its widest cell", () => {
    expect(
      markdownTable(
        ["path", "req/s"],
        [
          ["/es", "1,200"],
          ["/api/stats", "9"],
        ],
      ),
    ).toBe(
      [
        "| path       | req/s |",
        "| ---------- | ----- |",
        "| /es        | 1,200 |",
        "| /api/stats | 9     |",
      ].join("\n"),
    );
  });
});

describe("formatRatio", () => {
  it("shows a dash when a side is missing or zero", () => {
    expect(formatRatio(5, 0)).toBe("–");
    expect(formatRatio(undefined, 3)).toBe("–");
    expect(formatRatio(50, 200)).toBe("0.25×");
  });
});

const audit = (path: string, performance: number, tbtMs: number): LighthouseFigures => ({
  path,
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcpMs: 900,
  lcpMs: 2000,
  cls: 0,
  tbtMs,
  scriptBytes: 176_128,
  benchmarkIndex: 2000,
  otherOriginRequests: 0,
});

describe("parseBenchOptions", () => {
  it("runs everything but the optional parts by default", () => {
    const options = parseBenchOptions([]);
    expect(options.seconds).toBe(10);
    expect(options.signingConnections).toEqual([16, 64, 512]);
    expect(options.processCounts).toEqual([1, undefined]);
    expect(options.organizers).toBe(false);
    expect(options.lighthouse).toBe(false);
    expect(options.lighthouseRuns).toBe(5);
  });

  it("audits each page as many times as asked, and refuses a count that is not one or more", () => {
    expect(parseBenchOptions(["--lighthouse", "--lighthouse-runs", "3"]).lighthouseRuns).toBe(3);
    expect(() => parseBenchOptions(["--lighthouse-runs", "0"])).toThrow("--lighthouse-runs");
    expect(() => parseBenchOptions(["--lighthouse-runs", "two"])).toThrow("--lighthouse-runs");
  });

  it("keeps a quick run to one process, 64 connections and nothing optional", () => {
    const options = parseBenchOptions(["--quick", "--organizers", "--lighthouse", "--out", "x.md"]);
    expect(options.signingConnections).toEqual([64]);
    expect(options.processCounts).toEqual([1]);
    expect(options.organizers).toBe(false);
    expect(options.lighthouse).toBe(false);
    expect(options.out).toBe("x.md");
  });
});

describe("parseOrganizerOutput", () => {
  it("reads the all-time dashboard and export figures", () => {
    const output = [
      "dashboard reads (database only), all time, 1 at once: p50 20 ms, p99 30 ms",
      "dashboard reads (database only), one month, 1 at once: p50 5 ms, p99 9 ms",
      "dashboard, all time, 1 at once: 2.5 req/s, latency p50 405 ms, p99 500 ms, mean 410 ms, failures 0, server peak 400 MiB",
      "dashboard, all time, 8 at once: 3.0 req/s, latency p50 2800 ms, p99 3000 ms, mean 2700 ms, failures 0, server peak 500 MiB",
      "dashboard, one month, 1 at once: 9.0 req/s, latency p50 100 ms, p99 120 ms, mean 101 ms, failures 0, server peak 400 MiB",
      "counts by day (CSV): 120 rows, first byte 12 ms, done 118 ms",
    ].join("\n");
    expect(parseOrganizerOutput(1000, output)).toEqual({
      signatures: 1000,
      dashboardP50: { 1: 405, 8: 2800 },
      dashboardMean: { 1: 410, 8: 2700 },
      dashboardReadsP50: { 1: 20 },
      exportDoneMs: { day: 118 },
    });
  });
});

describe("buildReport", () => {
  const signing = (connections: number, ok: number, stored: number): SigningFigures => ({
    connections,
    rate: ok / 10,
    p50: 100,
    p99: 900,
    errors: 0,
    timeouts: 0,
    statuses: { "303": ok, "503": 4 },
    acknowledged: ok,
    storedOfAcknowledged: stored,
    storedTotal: stored,
  });
  const read = (path: string, rate: number) => ({
    path,
    connections: 64,
    rate,
    p50: 10,
    p99: 20,
    errors: 0,
    timeouts: 0,
    statuses: { "200": rate * 10 },
  });
  const results: BenchResults = {
    seconds: 10,
    startedAt: "2026-11-30 12:00 UTC",
    machine: "2 cores",
    rounds: [
      {
        processes: "1",
        signing: [signing(64, 1000, 998)],
        bareAction: signing(64, 2000, 2000),
        reads: [read("/_next/static/chunks/a.js", 1000), read("/es", 250)],
      },
    ],
    database: [{ clients: 16, rate: 5000, p50: 2, p99: 9 }],
  };

  it("reports signatures per second, busy answers apart, and acknowledged signatures that were lost", () => {
    const report = buildReport(results);
    const siteRow = report.split("\n").find((line) => line.includes("site `POST /es/firmar`"))!;
    expect(siteRow).toMatch(/\| 100 +\|/);
    expect(siteRow).toMatch(/\| 4 +\|/);
    expect(siteRow).toContain("998 of 1,000");
    expect(siteRow).toContain("**2**");
  });

  it("reports the confirmation emails the site owed when the load stopped, and when they were all sent", () => {
    const withEmails = (emails: SigningFigures["emails"]) =>
      buildReport({
        ...results,
        rounds: [{ ...results.rounds[0]!, signing: [{ ...signing(64, 1000, 1000), emails }] }],
      })
        .split("\n")
        .find((line) => line.includes("site `POST /es/firmar`"))!;
    expect(withEmails({ waitingAtEnd: 1200, allSentAfterSeconds: 14.4, waitedSeconds: 14.4 })).toMatch(
      /\| 1,200; 14 s +\|$/,
    );
    expect(withEmails({ waitingAtEnd: 5000, waitedSeconds: 180.2 })).toContain(
      "| 5,000; **not all sent in 180 s**",
    );
    const bareRow = buildReport(results)
      .split("\n")
      .find((line) => line.includes("bare action app"))!;
    expect(bareRow).toMatch(/\| – +\|$/);
  });

  it("compares signing with the bare action and reads with the static file", () => {
    const report = buildReport(results);
    expect(report).toContain("| 0.50×");
    expect(report.split("\n").find((line) => line.startsWith("| `/es`"))).toContain("0.25×");
  });

  it("reports each page's median Lighthouse run, with every run's score beside it", () => {
    const lighthouse = summarizeAudits([
      audit("/es", 96, 150),
      audit("/es/firmar", 80, 900),
      audit("/es", 70, 1400),
      audit("/es/firmar", 93, 300),
      audit("/es", 91, 420),
      audit("/es/firmar", 95, 200),
    ]);
    expect(lighthouse.map(({ path, median }) => [path, median.performance, median.tbtMs])).toEqual([
      ["/es", 91, 420],
      ["/es/firmar", 93, 300],
    ]);

    const rows = buildReport({ ...results, lighthouse }).split("\n");
    expect(rows).toContain("### Lighthouse, mobile");
    expect(rows.find((line) => line.startsWith("| `/es` ") && line.includes("96, 70, 91"))).toMatch(
      /^\| `\/es` +\| 91 +\| 96, 70, 91 +\| 100 .*\| 420 +\| 172 +\|/,
    );
  });

  it("leaves a run Lighthouse could not complete out of the median, and says so", () => {
    const failed = { ...audit("/es", 0, 0), runtimeError: "NO_FCP: The page did not paint any content." };
    const [summary] = summarizeAudits([failed, audit("/es", 90, 300), audit("/es", 96, 150)]);
    expect(summary!.median.performance).toBe(90);
    expect(summary!.performanceScores).toEqual([null, 90, 96]);
    expect(buildReport({ ...results, lighthouse: [summary!] })).toContain("| failed, 90, 96 ");
  });

  it("reports a page whose every audit failed as failed, with the reason, not as a score of 0", () => {
    const failed = { ...audit("/es", 0, 0), runtimeError: "NO_FCP: The page did not paint any content." };
    const lighthouse = summarizeAudits([failed, failed]);
    const row = buildReport({ ...results, lighthouse })
      .split("### Lighthouse, mobile")[1]!
      .split("\n")
      .find((line) => line.startsWith("| `/es` "))!;
    expect(row).toMatch(
      /^\| `\/es` +\| failed \(NO_FCP: The page did not paint any content\.\) +\| failed, failed /,
    );
  });

  it("takes the lower middle run of an even number of audits", () => {
    const runs = [97, 60, 88, 75].map((performance) => audit("/es", performance, 300));
    expect(summarizeAudits(runs)[0]!.median.performance).toBe(75);
  });

  it("leaves out the optional sections that were not run", () => {
    const report = buildReport(results);
    expect(report).not.toContain("Organizer pages");
    expect(report).not.toContain("Lighthouse");
    expect(report).not.toContain("Several processes");
    expect(report).not.toContain("CPU per signature");
  });

  it("reports the CPU one signature costs, and the share of the bare app's rate it leaves", () => {
    const cost = (serverMs: number, databaseMs: number) => ({
      posts: 300,
      serverMs,
      databaseMs,
      wallMs: serverMs + databaseMs + 1,
      unexpected: 0,
    });
    const report = buildReport({
      ...results,
      rounds: [{ ...results.rounds[0]!, cpu: { site: cost(8, 3), bareAction: cost(4, 0.4) } }],
    });
    expect(report).toContain("Each form posted 300 times");
    const siteRow = report
      .slice(report.indexOf("CPU per signature"))
      .split("\n")
      .find((line) => line.includes("site `POST /es/firmar`"))!;
    // 4.4 ms of CPU against 11 ms: at most 0.40 of the bare app's rate.
    expect(siteRow).toMatch(/\| 8\.0 +\| 3\.0 +\| 11\.0 +\| 12\.0 +\| 0 +\| 0\.40× +\|/);
  });
});
