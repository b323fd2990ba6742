// Measures the organizer pages at campaign scale, on the production artifact: it starts it
// (.next/standalone/server.js) on a throw-away embedded PostgreSQL, fills it with generated signatures (300,000
// by default; one INSERT ... SELECT generate_series, then the counters rebuilt once), then
// reports
//   1. the dashboard (all time and one month): throughput and latency with each number of
//      organizers at once (--connections 1,8: one alone, then eight);
//   2. every count export: time to the first byte and to the last;
//   3. the public-names export: time to first byte, total time, rows, and the server's
//      peak memory while it streams.
// The organizer session is written straight into the database: signing in by email is
// covered by the tests, not measured here.
//
//   SITE_URL=http://localhost:3000 npm run build && npm run bench:organizers -- [--signatures 300000]
//     [--connections 1,8] [--seconds 10] [--port 3401] [--postgres-port 54401] [--skip-public-names]
//
// Run it at 1000 and at 1000000 signatures to see whether the figures stay flat as the
// campaign grows.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import autocannon from "autocannon";
import pg from "pg";
import { readEmbeddedPassword } from "../lib/db/embedded-postgres";
import { PrismaClient } from "../lib/generated/prisma/client";
import { readDashboardBreakdowns, readDashboardSummary } from "../lib/organizers/dashboard";
import { ALL_TIME, type DateRange } from "../lib/organizers/date-range";
import { hashSessionToken } from "../lib/organizers/session";
import { generateSignatures } from "../tests/support/generated-signatures";
import { waitForHealth, watchServerMemory } from "./bench-support";
import { forgetLoopbackTcpHistory } from "./bench/tcp-history";

const { values } = parseArgs({
  options: {
    signatures: { type: "string", default: "300000" },
    connections: { type: "string", default: "1,8" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "3401" },
    "postgres-port": { type: "string", default: "54401" },
    // Streaming a million public names takes minutes on a busy machine.
    "skip-public-names": { type: "boolean", default: false },
  },
});
const signatures = Number(values.signatures);
const connectionCounts = values.connections.split(",").map(Number);
const duration = Number(values.seconds);
const port = Number(values.port);
const postgresPort = Number(values["postgres-port"]);
const origin = `http://localhost:${port}`;
const postgresDir = ".data/bench-organizers-postgres";
const organizer = "bench@example.org";
// Known to the bench, which writes a session row keyed with it.
const appSecret = randomBytes(32).toString("hex");

// The production artifact, as `npm start` runs it (scripts/start.ts). Served by
// scripts/serve.ts under tsx instead, the same organizer pages took 23-40% more CPU each.
const artifact = path.join(".next", "standalone", "server.js");
if (!existsSync(artifact)) {
  console.error(`No ${artifact}: run \`SITE_URL=${origin} npm run build\` first.`);
  process.exit(1);
}
const server = spawn(process.execPath, [artifact, "--port", String(port)], {
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    EMBEDDED_POSTGRES_DIR: postgresDir,
    EMBEDDED_POSTGRES_EPHEMERAL: "1",
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    SITE_URL: origin,
    ORGANIZER_EMAILS: organizer,
    APP_SECRET: appSecret,
    EMAIL_DELIVERY: "local-outbox",
  },
  stdio: "ignore",
  // Its own process group: the stop below reaches tsx's child and the database wrapper too,
  // not only the tsx launcher (which left the embedded PostgreSQL running).
  detached: true,
});

/** Peak resident memory of the server process while `work` runs, in MiB. */
async function peakMemoryDuring<T>(work: () => Promise<T>): Promise<[T, number]> {
  const stop = watchServerMemory(100);
  try {
    return [await work(), stop()];
  } finally {
    stop();
  }
}

/** Downloads one URL, counting bytes and lines as they arrive; keeps nothing. */
async function timedDownload(path: string, cookie: string) {
  const started = performance.now();
  const response = await fetch(`${origin}${path}`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`${path} answered ${response.status}`);
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (bytes === 0) firstByteMs = performance.now() - started;
    bytes += chunk.value.byteLength;
    for (const byte of chunk.value) if (byte === 10) lines += 1;
  }
  return { firstByteMs, totalMs: performance.now() - started, bytes, rows: lines - 1 };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/**
 * The dashboard's two reads (summary and breakdowns, side by side as the page makes them),
 * straight against the database: what the page costs in PostgreSQL, without rendering.
 * `concurrency` organizers read at once, `rounds` times each, or fewer once 30 s have gone
 * (slow reads at a million signatures).
 */
async function timeDashboardReads(
  databaseUrl: string,
  range: DateRange,
  concurrency: number,
  rounds: number,
) {
  const database = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: concurrency * 2 }),
  });
  try {
    const once = async () => {
      const started = performance.now();
      await Promise.all([readDashboardSummary(database, range), readDashboardBreakdowns(database, range)]);
      return performance.now() - started;
    };
    await once();
    const times: number[] = [];
    const started = performance.now();
    for (let round = 0; round < rounds && (round < 3 || performance.now() - started < 30_000); round += 1)
      times.push(...(await Promise.all(Array.from({ length: concurrency }, once))));
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
  } finally {
    await database.$disconnect();
  }
}

try {
  await waitForHealth(origin);
  // The cluster's password file exists once the server is up.
  const databaseUrl = `postgresql://postgres:${readEmbeddedPassword(postgresDir)}@127.0.0.1:${postgresPort}/petition`;
  const database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();
  const generating = performance.now();
  await generateSignatures(database, signatures);
  // Fresh statistics for every table the pages read, counters included.
  await database.query("ANALYZE");
  const token = randomBytes(32).toString("base64url");
  await database.query(
    `INSERT INTO organizer_session (token_hash, email, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
    [hashSessionToken(appSecret, token), organizer],
  );
  await database.end();
  // A production build names it with the __Host- prefix.
  const cookie = `__Host-organizer_session=${token}`;
  console.log(
    `${signatures.toLocaleString("en")} signatures generated in ${((performance.now() - generating) / 1000).toFixed(1)} s; ` +
      `${duration} s per dashboard run, server on ${origin}`,
  );

  for (const [label, range] of [
    ["dashboard reads (database only), all time", ALL_TIME],
    ["dashboard reads (database only), one month", { from: "2026-03-01", to: "2026-03-31" }],
  ] as const) {
    for (const concurrency of connectionCounts) {
      const { p50, p99 } = await timeDashboardReads(databaseUrl, range, concurrency, 20);
      console.log(`${label}, ${concurrency} at once: p50 ${ms(p50)}, p99 ${ms(p99)}`);
    }
  }

  for (const [label, path] of [
    ["dashboard, all time", "/es/organizadores"],
    ["dashboard, one month", "/es/organizadores?from=2026-03-01&to=2026-03-31"],
  ] as const) {
    // A few requests first, so the server's first renders are not measured.
    for (let warm = 0; warm < 3; warm += 1) await fetch(`${origin}${path}`, { headers: { cookie } });
    for (const connections of connectionCounts) {
      forgetLoopbackTcpHistory();
      const [result, peak] = await peakMemoryDuring(() =>
        autocannon({ url: `${origin}${path}`, connections, duration, headers: { cookie } }),
      );
      const non2xx = result.non2xx + result.errors;
      console.log(
        `${label}, ${connections} at once: ${result.requests.average.toFixed(1)} req/s, ` +
          `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
          `mean ${result.latency.mean.toFixed(0)} ms, failures ${non2xx}, ` +
          `server peak ${peak} MiB`,
      );
    }
  }

  for (const by of ["day", "state", "country", "language", "source"]) {
    const result = await timedDownload(`/api/organizers/exports/counts?by=${by}&format=csv`, cookie);
    console.log(
      `counts by ${by} (CSV): ${result.rows} rows, first byte ${ms(result.firstByteMs)}, done ${ms(result.totalMs)}`,
    );
  }

  if (!values["skip-public-names"]) {
    const [names, peak] = await peakMemoryDuring(() =>
      timedDownload("/api/organizers/exports/public-names", cookie),
    );
    console.log(
      `public names (CSV): ${names.rows.toLocaleString("en")} rows, ${(names.bytes / 1024 / 1024).toFixed(1)} MiB, ` +
        `first byte ${ms(names.firstByteMs)}, done ${ms(names.totalMs)}, server peak ${peak} MiB`,
    );
  }
} finally {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid!, "SIGTERM");
  await exited;
}
