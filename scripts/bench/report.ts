// The whole surge picture as Markdown: signing, its ceilings, reads against a static file,
// one process against several, and optionally the organizer pages and Lighthouse.
import { compareStoredWithAcknowledged, type StoredCheck } from "./acknowledged";
import type { CpuCost } from "./cpu-cost";
import type { EmailCatchUp } from "./emails";
import type { LoadFigures } from "./load";
import { performanceLabel, scoresLabel, type LighthouseSummary } from "./lighthouse-summary";
import { formatNumber, formatRatio, markdownTable } from "./markdown";
import type { OrganizerFigures } from "./organizers";
import type { InsertFigures } from "./raw-inserts";

export interface SigningFigures extends LoadFigures, StoredCheck {
  /** The site's confirmation emails after the run (the bare app sends none). */
  emails?: EmailCatchUp;
}

export interface ReadFigures extends LoadFigures {
  path: string;
}

export interface RoundResults {
  /** "1" or "2 (default)". */
  processes: string;
  signing: SigningFigures[];
  bareAction: SigningFigures;
  /** The static file first: the others are compared with it. */
  reads: ReadFigures[];
  /** CPU per signature, posted one at a time (bench/cpu-cost.ts). */
  cpu?: { site: CpuCost; bareAction: CpuCost };
}

export interface BenchResults {
  seconds: number;
  startedAt: string;
  machine: string;
  rounds: RoundResults[];
  database: InsertFigures[];
  organizers?: OrganizerFigures[];
  lighthouse?: LighthouseSummary[];
}

const SIGNED = "303";
const BUSY = "503";

const latency = (figures: { p50: number; p99: number }) =>
  `${formatNumber(figures.p50)} / ${formatNumber(figures.p99)}`;

function otherStatuses(statuses: Record<string, number>, expected: string): string {
  const others = Object.entries(statuses).filter(([code]) => code !== expected && code !== BUSY);
  return others.length === 0 ? "0" : others.map(([code, count]) => `${code}×${count}`).join(" ");
}

function signingRow(processes: string, label: string, figures: SigningFigures, seconds: number): string[] {
  const verdict = compareStoredWithAcknowledged(figures);
  return [
    processes,
    label,
    formatNumber(figures.connections),
    formatNumber(signaturesPerSecond(figures, seconds)),
    latency(figures),
    `${formatNumber(figures.errors)} / ${formatNumber(figures.timeouts)}`,
    formatNumber(figures.statuses[BUSY] ?? 0),
    otherStatuses(figures.statuses, SIGNED),
    `${formatNumber(figures.storedOfAcknowledged)} of ${formatNumber(figures.acknowledged)}`,
    verdict.lost === 0 ? "0" : `**${formatNumber(verdict.lost)}**`,
    formatNumber(verdict.storedUnanswered),
    emailCatchUp(figures.emails),
  ];
}

function emailCatchUp(emails: EmailCatchUp | undefined): string {
  if (!emails) return "–";
  const after = emails.allSentAfterSeconds;
  return `${formatNumber(emails.waitingAtEnd)}; ${after === undefined ? `**not all sent in ${emails.waitedSeconds.toFixed(0)} s**` : `${after.toFixed(0)} s`}`;
}

/** Signatures per second: 303 answers over the run's length. */
export function signaturesPerSecond(figures: SigningFigures, seconds: number): number {
  return (figures.statuses[SIGNED] ?? 0) / seconds;
}

function signingTable(results: BenchResults): string {
  const rows = results.rounds.flatMap((round) => [
    ...round.signing.map((figures) =>
      signingRow(round.processes, "site `POST /es/firmar`", figures, results.seconds),
    ),
    signingRow(round.processes, "bare action app", round.bareAction, results.seconds),
  ]);
  return markdownTable(
    [
      "processes",
      "what",
      "connections",
      "signatures/s",
      "p50 / p99 ms",
      "errors / timeouts",
      "503 busy",
      "other statuses",
      "stored of acknowledged",
      "lost",
      "stored, not answered",
      "emails waiting at the end; all sent after",
    ],
    rows,
  );
}

function ceilingsTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const round of results.rounds) {
    const site = round.signing.find((figures) => figures.connections === 64);
    const siteRate = site && signaturesPerSecond(site, results.seconds);
    const bareRate = signaturesPerSecond(round.bareAction, results.seconds);
    rows.push([
      round.processes,
      siteRate === undefined ? "–" : formatNumber(siteRate),
      formatNumber(bareRate),
      formatRatio(siteRate, bareRate),
      ...results.database.map((database) => formatRatio(bareRate, database.rate)),
    ]);
  }
  return markdownTable(
    [
      "processes",
      "site signatures/s (64)",
      "bare action signatures/s (64)",
      "site / bare action",
      ...results.database.map((database) => `bare action / raw pg (${database.clients} clients)`),
    ],
    rows,
  );
}

const milliseconds = (value: number) => value.toFixed(1);

/** What one signature costs in CPU, and the share of the bare app's rate that leaves the site. */
function cpuTable(results: BenchResults): string | undefined {
  const rows = results.rounds.flatMap((round) => {
    if (!round.cpu) return [];
    const { site, bareAction } = round.cpu;
    const total = (cost: CpuCost) => cost.serverMs + cost.databaseMs;
    const row = (what: string, cost: CpuCost, ceiling: string) => [
      round.processes,
      what,
      milliseconds(cost.serverMs),
      milliseconds(cost.databaseMs),
      milliseconds(total(cost)),
      milliseconds(cost.wallMs),
      formatNumber(cost.unexpected),
      ceiling,
    ];
    return [
      row("site `POST /es/firmar`", site, formatRatio(total(bareAction), total(site))),
      row("bare action app", bareAction, "1.00×"),
    ];
  });
  if (rows.length === 0) return undefined;
  return markdownTable(
    [
      "processes",
      "one post at a time",
      "server CPU ms",
      "PostgreSQL CPU ms",
      "CPU ms in all",
      "wall ms",
      "unexpected answers",
      "rate against the bare app when CPU limits both",
    ],
    rows,
  );
}

function databaseTable(results: BenchResults): string {
  return markdownTable(
    ["raw `INSERT … ON CONFLICT DO NOTHING` from `pg`", "inserts/s", "p50 / p99 ms"],
    results.database.map((database) => [
      `pool of ${database.clients} clients`,
      formatNumber(database.rate),
      latency(database),
    ]),
  );
}

/** Connection errors (timeouts included) and answers other than 200, or "0". */
function readFailures(read: ReadFigures): string {
  const statuses = Object.entries(read.statuses)
    .filter(([code]) => code !== "200")
    .map(([code, count]) => `${code}×${count}`);
  const failures = [...(read.errors > 0 ? [`${formatNumber(read.errors)} errors`] : []), ...statuses];
  return failures.length === 0 ? "0" : failures.join(", ");
}

function readsTable(results: BenchResults): string {
  const paths = results.rounds[0]?.reads.map((read) => read.path) ?? [];
  const rows = paths.map((path) => {
    const cells = [path.startsWith("/_next/static/") ? "static chunk (JS)" : `\`${path}\``];
    for (const round of results.rounds) {
      const read = round.reads.find((candidate) => candidate.path === path)!;
      const staticFile = round.reads[0]!;
      cells.push(
        formatNumber(read.rate),
        latency(read),
        formatRatio(read.rate, staticFile.rate),
        readFailures(read),
      );
    }
    if (results.rounds.length > 1) {
      const first = results.rounds[0]!.reads.find((candidate) => candidate.path === path)!;
      const last = results.rounds.at(-1)!.reads.find((candidate) => candidate.path === path)!;
      cells.push(formatRatio(last.rate, first.rate));
    }
    return cells;
  });
  const headers = ["GET, 64 connections"];
  for (const round of results.rounds) {
    const processes = `${round.processes} proc.`;
    headers.push(
      `req/s, ${processes}`,
      `p50 / p99 ms, ${processes}`,
      `vs static, ${processes}`,
      `errors, other statuses, ${processes}`,
    );
  }
  if (results.rounds.length > 1) headers.push("N / 1 process");
  return markdownTable(headers, rows);
}

function processesTable(results: BenchResults): string | undefined {
  if (results.rounds.length < 2) return undefined;
  const [one, many] = [results.rounds[0]!, results.rounds.at(-1)!];
  const rows: string[][] = [];
  one.signing.forEach((figures, index) => {
    const other = many.signing[index]!;
    rows.push([
      `site signing, ${figures.connections} connections`,
      formatRatio(signaturesPerSecond(other, results.seconds), signaturesPerSecond(figures, results.seconds)),
    ]);
  });
  rows.push([
    "bare action, 64 connections",
    formatRatio(
      signaturesPerSecond(many.bareAction, results.seconds),
      signaturesPerSecond(one.bareAction, results.seconds),
    ),
  ]);
  for (const read of one.reads) {
    const other = many.reads.find((candidate) => candidate.path === read.path)!;
    rows.push([
      read.path.startsWith("/_next/static/") ? "static chunk" : `GET \`${read.path}\``,
      formatRatio(other.rate, read.rate),
    ]);
  }
  return markdownTable([`${many.processes} processes against 1`, "throughput ratio"], rows);
}

function organizersTable(organizers: OrganizerFigures[]): string {
  const small = organizers[0]!;
  const large = organizers.at(-1)!;
  const row = (label: string, a: number | undefined, b: number | undefined) => [
    label,
    a === undefined ? "–" : `${formatNumber(a)} ms`,
    b === undefined ? "–" : `${formatNumber(b)} ms`,
    formatRatio(b, a),
  ];
  const rows = [
    row("dashboard, all time, p50, 1 organizer", small.dashboardP50[1], large.dashboardP50[1]),
    row("dashboard, all time, p50, 8 organizers at once", small.dashboardP50[8], large.dashboardP50[8]),
    row("dashboard, all time, mean, 1 organizer", small.dashboardMean[1], large.dashboardMean[1]),
    row("dashboard, all time, mean, 8 organizers at once", small.dashboardMean[8], large.dashboardMean[8]),
    row("its database reads, p50, 1 organizer", small.dashboardReadsP50[1], large.dashboardReadsP50[1]),
    row("its database reads, p50, 8 at once", small.dashboardReadsP50[8], large.dashboardReadsP50[8]),
    ...Object.keys(small.exportDoneMs).map((by) =>
      row(`counts export by ${by} (CSV), done`, small.exportDoneMs[by], large.exportDoneMs[by]),
    ),
  ];
  const size = (figures: OrganizerFigures) => `${figures.signatures.toLocaleString("en")} signatures`;
  return markdownTable(["organizer pages", size(small), size(large), "ratio"], rows);
}

function lighthouseTable(summaries: LighthouseSummary[]): string {
  return markdownTable(
    [
      "page (mobile)",
      "performance",
      "every run's performance",
      "accessibility",
      "best practices",
      "SEO",
      "FCP ms",
      "LCP ms",
      "CLS",
      "TBT ms",
      "script KB sent",
      "machine index",
      "other-origin requests",
    ],
    summaries.map(({ path, median, performanceScores }) => [
      `\`${path}\``,
      performanceLabel(median),
      scoresLabel(performanceScores),
      String(median.accessibility),
      String(median.bestPractices),
      String(median.seo),
      formatNumber(median.fcpMs),
      formatNumber(median.lcpMs),
      median.cls.toFixed(3),
      formatNumber(median.tbtMs),
      formatNumber(Math.round(median.scriptBytes / 1024)),
      formatNumber(median.benchmarkIndex),
      String(median.otherOriginRequests),
    ]),
  );
}

export function buildReport(results: BenchResults): string {
  const staticPath = results.rounds[0]?.reads[0]?.path ?? "";
  const sections = [
    `## Benchmark, ${results.startedAt}`,
    `${results.machine}; ${results.seconds} s per run; load generator, servers and PostgreSQL on the same machine. ` +
      "A signature is acknowledged when the server answers 303; it is lost when acknowledged but not in the database.",
    "### Signing (native multipart form posts, unique emails)",
    signingTable(results),
    "### Ceilings at 64 connections: the framework and the database",
    ceilingsTable(results),
    databaseTable(results),
  ];
  const cpu = cpuTable(results);
  const posts = results.rounds.find((round) => round.cpu)?.cpu?.site.posts;
  if (cpu)
    sections.push(
      "### CPU per signature, one post at a time",
      `Each form posted ${posts} times, one after another, once the server and PostgreSQL are idle, ` +
        "with the email worker running: the CPU of " +
        "the server's processes and of PostgreSQL's, per signature. Under load they share the " +
        "machine's cores, so the site can sign at most the bare app's rate times the ratio of the two totals.",
      cpu,
    );
  sections.push(
    `### Reads at 64 connections, against a static file (\`${staticPath}\`)`,
    readsTable(results),
  );
  const processes = processesTable(results);
  if (processes) sections.push("### Several processes against one", processes);
  if (results.organizers?.length)
    sections.push("### Organizer pages as the campaign grows", organizersTable(results.organizers));
  if (results.lighthouse?.length) {
    const runs = results.lighthouse[0]!.performanceScores.length;
    sections.push(
      "### Lighthouse, mobile",
      `Each page audited ${runs} times on a site and database of their own, started once the loads ` +
        "above were over; the figures are those of the run with the median performance score.",
      lighthouseTable(results.lighthouse),
    );
  }
  return `${sections.join("\n\n")}\n`;
}
