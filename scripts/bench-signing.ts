// One run that shows the whole surge picture side by side, on the production artifact:
//   1. signing (native multipart form posts, unique emails, 303 expected) at 16, 64 and 512
//      connections, and whether every acknowledged signature was stored;
//   2. the framework's ceiling: a bare Next app whose server action does one INSERT and
//      redirects (bench/bare-action), posted to the same way at 64 connections;
//   3. the database's ceiling: the same one-row INSERT straight from `pg`, 16 and 64 clients;
//   3b. the CPU one signature costs the site and the bare app (server and PostgreSQL), posted
//      one at a time: the figure that says what limits the rate, and steadier than the rate;
//   4. a static chunk, the sign page, the home page and /api/stats at 64 connections;
//   5. all of it with WEB_CONCURRENCY=1 and with the default number of processes;
//   6. optionally (--organizers, minutes) the organizer pages at 1,000 and 1,000,000 signatures;
//   7. optionally (--lighthouse) Lighthouse's mobile audit of /es and /es/firmar, five times
//      each (--lighthouse-runs), on a site of its own once the loads are over.
// Everything runs against one throw-away embedded PostgreSQL (or DATABASE_URL), with the
// email worker running and emails kept in the local outbox. Nothing leaves this machine.
//
//   SITE_URL=http://localhost:3600 npm run build
//   npm run bench -- [--seconds 10] [--quick] [--organizers] [--lighthouse [--lighthouse-runs 5]] [--out docs/benchmarks.md]
//     [--port 3600] [--postgres-port 54600]
//
// --quick: 64 connections, one process, nothing optional (a smoke run). The bare app uses
// --port + 2, the organizer bench --port + 1 and --postgres-port + 1.
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { petitionFormFields } from "./bench-support";
import { cpuPerPost, type CpuCost } from "./bench/cpu-cost";
import { countStored, startBenchDatabase, type SignatureTable } from "./bench/database";
import { confirmationEmailsWaiting, waitForEmailCatchUp, type EmailCatchUp } from "./bench/emails";
import { auditOnIdleSite, describeAudit } from "./bench/idle-audit";
import type { LighthouseSummary } from "./bench/lighthouse-summary";
import { getLoad, postFormLoad } from "./bench/load";
import { parseBenchOptions, processCountLabel, STANDARD_CONNECTIONS } from "./bench/options";
import { runOrganizerBench, type OrganizerFigures } from "./bench/organizers";
import { rawInsertLoad } from "./bench/raw-inserts";
import { buildReport, type ReadFigures, type RoundResults, type SigningFigures } from "./bench/report";
import { buildBareAction, startBareAction, startSite } from "./bench/servers";
import { chromiumExecutableHere } from "./find-browser";

const options = parseBenchOptions(process.argv.slice(2));
const { seconds } = options;
const startedAt = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts, then counts what the database kept of it. */
async function signingRun(
  databaseUrl: string,
  table: SignatureTable,
  run: Parameters<typeof postFormLoad>[0],
): Promise<SigningFigures> {
  const { acknowledgedEmails, emailPrefix, ...load } = await postFormLoad(run);
  const loadEndedAt = performance.now();
  const waitingAtEnd = table === "signature" ? await confirmationEmailsWaiting(databaseUrl) : undefined;
  // Requests cut off at the end may still be finishing on the server.
  await pause(2000);
  const stored = await countStored(databaseUrl, table, acknowledgedEmails, emailPrefix);
  // The next run starts once this one's emails are sent, so that each is measured alone.
  const emails =
    waitingAtEnd === undefined
      ? undefined
      : await waitForEmailCatchUp(databaseUrl, loadEndedAt, waitingAtEnd);
  return { ...load, acknowledged: acknowledgedEmails.length, ...stored, emails };
}

function describe(label: string, figures: { rate: number; p50: number; p99: number; statuses?: object }) {
  console.log(
    `  ${label}: ${figures.rate.toFixed(0)}/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms` +
      (figures.statuses ? `, statuses ${JSON.stringify(figures.statuses)}` : ""),
  );
}

/** Posts measured one at a time for the CPU each signature costs (bench/cpu-cost.ts). */
const CPU_COST_POSTS = 300;

function describeCpu(label: string, cost: CpuCost) {
  console.log(
    `  ${label}: ${cost.serverMs.toFixed(2)} ms server CPU, ${cost.databaseMs.toFixed(2)} ms PostgreSQL CPU, ` +
      `${cost.wallMs.toFixed(1)} ms wall per signature (${cost.unexpected} unexpected answers)`,
  );
}

function describeEmails({ waitingAtEnd, allSentAfterSeconds, waitedSeconds }: EmailCatchUp) {
  const caughtUp =
    allSentAfterSeconds === undefined
      ? `not all sent in ${waitedSeconds.toFixed(0)} s`
      : `all sent ${allSentAfterSeconds.toFixed(1)} s after`;
  console.log(`    ${waitingAtEnd} confirmation emails waiting when the load stopped; ${caughtUp}`);
}

async function siteRound(databaseUrl: string, processes: number | undefined) {
  const label = processCountLabel(processes);
  console.log(`Site with ${label} process(es)...`);
  const site = await startSite(options.port, databaseUrl, processes);
  try {
    // Before the loads below, whose after-effects (autovacuum, garbage) are not a signature's.
    const hidden = await petitionFormFields(site.origin);
    const siteFields: [string, string][] = [
      ...hidden,
      ["name", "Persona de Prueba"],
      ["residence", "CMX"],
      ["privacyConsent", "on"],
    ];
    const cpu = await cpuPerPost({
      origin: site.origin,
      path: "/es/firmar",
      serverPid: site.pid,
      fields: siteFields,
      emailPrefix: `bench.${process.pid}.p${processes ?? "n"}-cpu`,
      expectedStatus: 303,
      posts: CPU_COST_POSTS,
    });
    describeCpu("site, one post at a time", cpu);
    const html = await (await fetch(`${site.origin}/es/firmar`)).text();
    const chunk = /\/_next\/static\/chunks\/[^"?]+\.js/.exec(html)?.[0];
    if (!chunk) throw new Error("No script chunk found in /es/firmar");
    const reads: ReadFigures[] = [];
    for (const path of [chunk, "/es/firmar", "/es", "/api/stats"]) {
      // A few requests first, so first renders and cold caches are not measured.
      for (let warm = 0; warm < 5; warm += 1)
        await fetch(`${site.origin}${path}`).then((r) => r.arrayBuffer());
      const read = { path, ...(await getLoad(`${site.origin}${path}`, STANDARD_CONNECTIONS, seconds)) };
      describe(`GET ${path}`, read);
      reads.push(read);
    }

    const signing: SigningFigures[] = [];
    for (const connections of options.signingConnections) {
      const figures = await signingRun(databaseUrl, "signature", {
        origin: site.origin,
        path: "/es/firmar",
        connections,
        seconds,
        fields: siteFields,
        emailPrefix: `bench.${process.pid}.p${processes ?? "n"}-c${connections}`,
        expectedStatus: 303,
      });
      describe(`POST /es/firmar, ${connections} connections`, figures);
      console.log(`    stored ${figures.storedOfAcknowledged} of ${figures.acknowledged} acknowledged`);
      if (figures.emails) describeEmails(figures.emails);
      signing.push(figures);
    }
    return { processes: label, reads, signing, cpu };
  } finally {
    await site.stop();
  }
}

async function bareActionRound(databaseUrl: string, processes: number | undefined) {
  const bare = await startBareAction(options.port + 2, databaseUrl, processes);
  try {
    for (let warm = 0; warm < 5; warm += 1) await fetch(bare.origin).then((r) => r.arrayBuffer());
    const fields: [string, string][] = [
      ...(await petitionFormFields(bare.origin, "/")),
      ["name", "Persona de Prueba"],
    ];
    const cpu = await cpuPerPost({
      origin: bare.origin,
      path: "/",
      serverPid: bare.pid,
      fields,
      emailPrefix: `bare.${process.pid}.p${processes ?? "n"}-cpu`,
      expectedStatus: 303,
      posts: CPU_COST_POSTS,
    });
    describeCpu("bare action app, one post at a time", cpu);
    const figures = await signingRun(databaseUrl, "bare_action_signature", {
      origin: bare.origin,
      path: "/",
      connections: STANDARD_CONNECTIONS,
      seconds,
      fields,
      emailPrefix: `bare.${process.pid}.p${processes ?? "n"}`,
      expectedStatus: 303,
    });
    describe(`bare action app, ${processCountLabel(processes)} process(es)`, figures);
    return { figures, cpu };
  } finally {
    await bare.stop();
  }
}

// Found (or installed) before the loads, so a machine without a browser says so in seconds,
// not after them.
const chromePath = options.lighthouse ? await chromiumExecutableHere((line) => console.log(line)) : undefined;
await buildBareAction();
const database = await startBenchDatabase(options.postgresPort);
const rounds: RoundResults[] = [];
const rawInserts = [];
try {
  for (const processes of options.processCounts) {
    const site = await siteRound(database.url, processes);
    const bare = await bareActionRound(database.url, processes);
    rounds.push({
      processes: site.processes,
      signing: site.signing,
      reads: site.reads,
      bareAction: bare.figures,
      cpu: { site: site.cpu, bareAction: bare.cpu },
    });
  }
  for (const clients of [16, 64]) {
    const figures = await rawInsertLoad(database.url, clients, seconds);
    describe(`raw INSERT from pg, ${clients} clients`, figures);
    rawInserts.push(figures);
  }
} finally {
  await database.stop();
}

let organizers: OrganizerFigures[] | undefined;
if (options.organizers) {
  organizers = [];
  for (const signatures of [1000, 1_000_000]) {
    organizers.push(await runOrganizerBench(signatures, seconds, options.port + 1, options.postgresPort + 1));
  }
}

let lighthouse: LighthouseSummary[] | undefined;
if (chromePath) {
  console.log(`Lighthouse, ${options.lighthouseRuns} runs per page, on a site of its own...`);
  lighthouse = await auditOnIdleSite({
    runs: options.lighthouseRuns,
    paths: ["/es", "/es/firmar"],
    port: options.port,
    postgresPort: options.postgresPort,
    chromePath,
    onAudit: (figures) => console.log(`  ${describeAudit(figures)}`),
  });
}

const report = buildReport({
  seconds,
  startedAt,
  machine: `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}`,
  rounds,
  database: rawInserts,
  organizers,
  lighthouse,
});
console.log(`\n${report}`);
if (options.out) {
  writeFileSync(options.out, report);
  console.log(`Written to ${options.out}`);
}
