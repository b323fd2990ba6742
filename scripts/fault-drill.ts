// Fault drills on the production artifact (`npm run build` makes .next/standalone): a burst of
// no-JavaScript form posts (as scripts/bench-signing.ts sends them) and, in the middle of it,
//
//   --fault sigterm      SIGTERM to the server (a container runtime stopping it);
//   --fault db-restart   PostgreSQL restarts: one of its backends is killed, so the server
//                        ends every session, recovers and comes back, as after a crash;
//   --fault overload     nothing breaks, but 512 connections post at once: every request must
//                        be answered (303, or 503 "busy, try again" with Retry-After) in time.
//
// It reports what was acknowledged (303), stored and emailed, how long the stop took, its exit
// code and any process left behind, and exits 1 if a check failed. The embedded PostgreSQL
// lives in a temporary folder, deleted at the end.
//
//   tsx scripts/fault-drill.ts --fault sigterm|db-restart|overload [--port 3000]
//     [--artifact .next/standalone] [--via-npm] [--connections 512]
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { readEmbeddedPassword, startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { isDatabaseOutage } from "../lib/errors";
import { petitionFormFields } from "../tests/support/petition-form-fields";
import { withClient } from "./bench/database";

export type Fault = "sigterm" | "db-restart" | "overload";

/** Longer than any answer may take under overload (the server's line is 3 s at most). */
const ANSWER_TIMEOUT_MS = 20_000;

export interface DrillOptions {
  fault: Fault;
  port: number;
  /** The folder holding server.js. */
  artifact: string;
  /** Start it as `npm start` does (npm, then node) instead of plain node. */
  viaNpm?: boolean;
  connections?: number;
  /** When the fault comes, after the burst started. */
  faultAfterMs?: number;
  burstMs?: number;
  /** Settings for the server under test (e.g. a smaller MAX_REQUESTS_IN_FLIGHT). */
  serverSettings?: Record<string, string>;
}

export interface DrillReport {
  acknowledged: number;
  /** Acknowledged signatures with no row. */
  lost: number;
  /** Acknowledged signatures whose confirmation emails are not exactly one, and how many had none / more. */
  withoutEmail: number;
  withDuplicateEmail: number;
  /** Seconds until the first email of every stored signature was there (db-restart only). */
  emailsSettledSeconds?: number;
  stopSeconds: number;
  exitCode: number | null;
  exitSignal: NodeJS.Signals | null;
  leftovers: string[];
  unhandledRejections: number;
  /** Jobs a worker still held when everything had stopped: they would wait for a sweep. */
  lockedJobsAfterStop: string[];
  /** Requests answered 503 "busy, try again", and those among them without a Retry-After. */
  busy: number;
  busyWithoutRetryAfter: number;
  /** Answers other than 303 and 503, by status. */
  otherStatuses: Record<string, number>;
  /** Requests that got no answer at all (reset, refused, or none within 20 s), and why. */
  unanswered: number;
  unansweredBecause: Record<string, number>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(origin: string, seconds = 90) {
  for (let attempt = 0; attempt < seconds * 4; attempt += 1) {
    if (
      await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error(`The server on ${origin} did not become healthy in ${seconds} s.`);
}

/** Processes in the tree's process group, or running from its artifact or its folder. */
function survivors(groupId: number, places: string[]): string[] {
  const out = execFileSync("ps", ["-eo", "pid=,pgid=,args="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => {
      const [, pgid] = line.split(/\s+/);
      return line && (Number(pgid) === groupId || places.some((place) => line.includes(place)));
    });
}

/** Kills one backend of the cluster: PostgreSQL then ends every session and restarts. */
function crashRestartPostgres(dataDir: string) {
  const postmaster = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]!.trim();
  const children = execFileSync("ps", ["-o", "pid=,args=", "--ppid", postmaster], { encoding: "utf8" });
  const backend = children.split("\n").find((line) => / petition /.test(line));
  if (!backend) throw new Error("No session on the database to end.");
  process.kill(Number(backend.trim().split(/\s+/)[0]), "SIGKILL");
}

interface Tally {
  lost: number;
  withoutEmail: number;
  withDuplicateEmail: number;
}

async function tally(client: pg.Client, emails: string[]): Promise<Tally> {
  const { rows } = await client.query<{ email: string; stored: number; emailed: number }>(
    `SELECT e.email,
            (SELECT count(*)::int FROM signature s WHERE s.email = e.email) AS stored,
            (SELECT count(*)::int FROM local_email m WHERE m."to" = e.email AND m.subject LIKE 'Confirma%') AS emailed
       FROM unnest($1::text[]) AS e(email)`,
    [emails],
  );
  return {
    lost: rows.filter((row) => row.stored === 0).length,
    withoutEmail: rows.filter((row) => row.emailed === 0).length,
    withDuplicateEmail: rows.filter((row) => row.emailed > 1).length,
  };
}

export async function runDrill({
  fault,
  port,
  artifact,
  viaNpm = false,
  connections = 32,
  faultAfterMs = 3000,
  burstMs = 8000,
  serverSettings = {},
}: DrillOptions): Promise<DrillReport> {
  const origin = `http://localhost:${port}`;
  const workDir = mkdtempSync(path.join(os.tmpdir(), "fault-drill-"));
  // PostgreSQL runs as its own OS user when we are root; it must be able to enter the folder.
  chmodSync(workDir, 0o755);
  const dataDir = path.join(workDir, "postgres");
  const pgPort = port + 20000;
  const serverJs = path.resolve(artifact, "server.js");
  const [program, args] = viaNpm
    ? ["npm", ["start", "--prefix", workDir, "--", "--port", String(port)]]
    : [process.execPath, [serverJs, "--port", String(port)]];
  if (viaNpm) {
    // npm start runs `node .next/standalone/server.js` from the project's folder.
    execFileSync("mkdir", ["-p", path.join(workDir, ".next")]);
    execFileSync("ln", ["-s", path.resolve(artifact), path.join(workDir, ".next", "standalone")]);
    execFileSync("cp", [path.resolve("package.json"), workDir]);
  }
  let serverLog = "";
  // The drill's own database and outbox, whatever this shell has set.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.RESEND_API_KEY;
  const tree: ChildProcess = spawn(program, args, {
    cwd: workDir,
    // Its own process group, as a container's: every process of the tree can be found.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      SITE_URL: origin,
      EMBEDDED_POSTGRES_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      EMAIL_DELIVERY: "local-outbox",
      // One load generator is one network: lift the per-network limit for the drill.
      SIGNATURES_PER_NETWORK_PER_HOUR: "100000000",
      ...serverSettings,
    },
  });
  tree.stdout!.on("data", (chunk: Buffer) => void (serverLog += chunk.toString()));
  tree.stderr!.on("data", (chunk: Buffer) => void (serverLog += chunk.toString()));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    tree.once("exit", (code, signal) => resolve([code, signal])),
  );
  // Should this process die before its clean-up below, the server (and its PostgreSQL) must
  // not keep the port.
  const killTree = () => {
    try {
      process.kill(-tree.pid!, "SIGKILL");
    } catch {
      // Already gone, as it should be.
    }
  };
  process.once("exit", killTree);

  try {
    await Promise.race([
      waitForHealth(origin),
      exited.then(() => Promise.reject(new Error(`The server exited at start-up:\n${serverLog}`))),
    ]);
    const databaseUrl = `postgresql://postgres:${readEmbeddedPassword(dataDir)}@127.0.0.1:${pgPort}/petition`;
    const hidden = await petitionFormFields(origin);
    const acknowledged: string[] = [];
    const answers = {
      busy: 0,
      busyWithoutRetryAfter: 0,
      unanswered: 0,
      unansweredBecause: {} as Record<string, number>,
      other: {} as Record<string, number>,
    };
    let sequence = 0;
    let burstOver = false;

    const signLoop = async () => {
      while (!burstOver) {
        sequence += 1;
        const email = `drill.${process.pid}.${sequence}@example.org`;
        const form = new FormData();
        for (const [name, value] of hidden) form.append(name, value);
        form.append("name", "Persona de Prueba");
        form.append("email", email);
        form.append("residence", "CMX");
        form.append("privacyConsent", "on");
        try {
          const response = await fetch(`${origin}/es/firmar`, {
            method: "POST",
            body: form,
            redirect: "manual",
            headers: { origin },
            signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
          });
          await response.arrayBuffer();
          if (response.status === 303) acknowledged.push(email);
          else if (response.status === 503) {
            answers.busy += 1;
            if (!response.headers.get("retry-after")) answers.busyWithoutRetryAfter += 1;
          } else answers.other[response.status] = (answers.other[response.status] ?? 0) + 1;
        } catch (error) {
          // Refused or reset (after a SIGTERM, the server has stopped taking connections), or
          // no answer in time.
          answers.unanswered += 1;
          const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
          answers.unansweredBecause[cause] = (answers.unansweredBecause[cause] ?? 0) + 1;
          await sleep(20);
        }
      }
    };

    const burst = Promise.all(Array.from({ length: connections }, signLoop));
    await sleep(faultAfterMs);

    let emailsSettledSeconds: number | undefined;
    let faultAt: Date | undefined;
    let stopStarted: number;
    if (fault === "db-restart") {
      crashRestartPostgres(dataDir);
      faultAt = new Date();
      await sleep(burstMs - faultAfterMs);
      burstOver = true;
      await burst;
      // Every stored signature's email, once: wait for the queue (a dead pool's jobs included).
      const settleStart = Date.now();
      for (;;) {
        // PostgreSQL may still be recovering (slower on a busy machine): then it is asked again.
        const settled = await withClient(databaseUrl, (client) => tally(client, acknowledged)).then(
          ({ withoutEmail }) => withoutEmail === 0,
          (error: unknown) => {
            if (isDatabaseOutage(error)) return false;
            throw error;
          },
        );
        if (settled) break;
        // Sends that failed while the database was away are retried with graphile-worker's
        // backoff (seconds, then a minute or two after repeated failures on a slow machine).
        if (Date.now() - settleStart > 300_000) break;
        await sleep(500);
      }
      emailsSettledSeconds = (Date.now() - settleStart) / 1000;
      stopStarted = Date.now();
      process.kill(tree.pid!, "SIGTERM");
    } else if (fault === "overload") {
      await sleep(burstMs - faultAfterMs);
      burstOver = true;
      await burst;
      stopStarted = Date.now();
      process.kill(tree.pid!, "SIGTERM");
    } else {
      stopStarted = Date.now();
      process.kill(tree.pid!, "SIGTERM");
      await Promise.race([exited, sleep(15_000)]);
      burstOver = true;
      await burst;
    }
    const [exitCode, exitSignal] = await Promise.race([
      exited,
      sleep(30_000).then((): [null, null] => [null, null]),
    ]);
    const stopSeconds = (Date.now() - stopStarted) / 1000;
    await sleep(300);
    const leftovers = survivors(tree.pid!, [path.resolve(artifact), workDir]);
    // Whatever outlived the stop is stopped now (it is reported), so the database can be read.
    const pids = leftovers.map((line) => Number(line.split(/\s+/)[0]));
    for (const [signal, wait] of [
      ["SIGTERM", 10_000],
      ["SIGKILL", 2000],
    ] as const) {
      if (survivors(tree.pid!, [path.resolve(artifact), workDir]).length === 0) break;
      for (const pid of pids) {
        try {
          process.kill(pid, signal);
        } catch {
          // Gone meanwhile.
        }
      }
      await sleep(wait);
    }

    // The tree stopped its PostgreSQL; start it again to count.
    const database = await startEmbeddedPostgres({ dataDir, port: pgPort }).catch(() => {
      throw new Error(`Could not start the drill's PostgreSQL again to count:\n${serverLog}`);
    });
    try {
      const counts = await withClient(database.url, async (client) => ({
        ...(await tally(client, acknowledged)),
        lockedJobsAfterStop: (
          await client.query<{ job: string }>(
            `SELECT t.identifier || ' (attempt ' || j.attempts || ', locked ' || j.locked_at::text || ')' AS job
               FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
              WHERE j.locked_by IS NOT NULL`,
          )
        ).rows.map((row) => row.job),
      }));
      if (faultAt && counts.withDuplicateEmail > 0) {
        const { rows } = await withClient(database.url, (client) =>
          client.query<{ to: string; after: number }>(
            `SELECT "to", round(extract(epoch FROM created_at - $2::timestamptz)::numeric, 2)::float AS after
               FROM local_email m WHERE "to" = ANY($1) AND subject LIKE 'Confirma%'
                AND (SELECT count(*) FROM local_email d WHERE d."to" = m."to" AND d.subject = m.subject) > 1
              ORDER BY 1, 2`,
            [acknowledged, faultAt],
          ),
        );
        console.log("duplicated confirmation emails, seconds after the fault:", rows);
      }
      return {
        acknowledged: acknowledged.length,
        ...counts,
        emailsSettledSeconds,
        stopSeconds,
        exitCode,
        exitSignal,
        leftovers,
        unhandledRejections: (serverLog.match(/unhandled ?rejection/gi) ?? []).length,
        busy: answers.busy,
        busyWithoutRetryAfter: answers.busyWithoutRetryAfter,
        otherStatuses: answers.other,
        unanswered: answers.unanswered,
        unansweredBecause: answers.unansweredBecause,
      };
    } finally {
      await database.stop();
    }
  } finally {
    killTree();
    process.off("exit", killTree);
    if (process.env.FAULT_DRILL_LOG) console.log(serverLog);
    rmSync(workDir, { recursive: true, force: true });
    rmSync(`${dataDir}.password`, { force: true });
  }
}

/** The checks a drill must pass; an empty list means it did. */
export function failedChecks(report: DrillReport, fault: Fault): string[] {
  const failures: string[] = [];
  if (report.acknowledged === 0) failures.push("no signature was acknowledged");
  if (report.lost > 0) failures.push(`${report.lost} acknowledged signature(s) have no row`);
  if (report.exitCode !== 0) failures.push(`exit code ${report.exitCode} (signal ${report.exitSignal})`);
  if (report.stopSeconds > 10) failures.push(`stopping took ${report.stopSeconds} s`);
  if (report.leftovers.length > 0) failures.push(`left running: ${report.leftovers.join("; ")}`);
  if (report.unhandledRejections > 0) failures.push("the server logged an unhandled rejection");
  if (report.lockedJobsAfterStop.length > 0)
    failures.push(`jobs still locked after the stop: ${report.lockedJobsAfterStop.join(", ")}`);
  if (fault === "db-restart") {
    if (report.withoutEmail > 0)
      failures.push(`${report.withoutEmail} signature(s) got no confirmation email`);
    if (report.withDuplicateEmail > 0)
      failures.push(`${report.withDuplicateEmail} signature(s) got more than one confirmation email`);
  }
  if (fault === "overload") {
    // A stop cuts connections on purpose, and a database away gets the form back with its
    // message (200); under load alone every post is taken (303) or refused as busy (503).
    if (report.unanswered > 0) failures.push(`${report.unanswered} request(s) got no answer`);
    const others = Object.entries(report.otherStatuses);
    if (others.length > 0)
      failures.push(`answers other than 303 and 503: ${others.map(([s, n]) => `${s}×${n}`).join(", ")}`);
  }
  if (report.busyWithoutRetryAfter > 0)
    failures.push(`${report.busyWithoutRetryAfter} busy answer(s) without Retry-After`);
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      fault: { type: "string", default: "sigterm" },
      port: { type: "string", default: "3000" },
      artifact: { type: "string", default: ".next/standalone" },
      "via-npm": { type: "boolean", default: false },
      connections: { type: "string" },
    },
  });
  const fault = values.fault as Fault;
  if (!existsSync(path.join(values.artifact, "server.js"))) {
    console.error(`No ${values.artifact}/server.js: run \`npm run build\` first.`);
    process.exit(2);
  }
  const report = await runDrill({
    fault,
    port: Number(values.port),
    artifact: values.artifact,
    viaNpm: values["via-npm"],
    connections: values.connections ? Number(values.connections) : fault === "overload" ? 512 : undefined,
  });
  console.log(JSON.stringify(report, null, 2));
  const failures = failedChecks(report, fault);
  for (const failure of failures) console.error(`FAILED: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}
