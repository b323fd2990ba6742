// One server process per core, behind one port (scripts/serve.ts in production).
//
// Node runs JavaScript on one core; the site's work per request (rendering, validating,
// talking to PostgreSQL) is JavaScript, so a single process leaves the other cores idle
// during a surge. node:cluster starts WEB_CONCURRENCY copies of the server that share the
// listening socket; this primary process only starts them, restarts one that crashes, and
// passes a stop on to all of them.
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";

/** What the primary hands each server process, through its environment. */
export interface ProcessRole {
  /** Only the first process runs the email worker, so a surge of signing is not slowed by N of them. */
  runsEmailWorker: boolean;
  /** The process's share of the database connections (lib/db.ts). */
  databasePoolSize: number;
}

/**
 * Connections every process's request pool shares, unless DATABASE_POOL_SIZE says otherwise.
 * Few on purpose: a signature is two short statements, and more of them at once only make
 * PostgreSQL's backends and the server take turns on the same cores. On 2 cores with 64
 * connections signing, one process signed 100-112/s (p99 1.5-4.5 s) with 20 connections and
 * 117-137/s (p99 0.9-1.7 s) with 4; requests wait for a connection in the process instead.
 */
export const REQUEST_CONNECTIONS_IN_TOTAL = 4;

/** WEB_CONCURRENCY, or one process per core the machine (or container) grants. */
export function serverProcessCount(configured: number | undefined, cores = availableParallelism()): number {
  return configured ?? cores;
}

/**
 * Each process's pool, so that all of them together stay within what PostgreSQL allows (100
 * connections by default, a few of which the email worker and the shared cache hold).
 */
export function databasePoolSizePerProcess(processes: number, configured: number | undefined): number {
  return configured ?? Math.max(2, Math.ceil(REQUEST_CONNECTIONS_IN_TOTAL / processes));
}

/** A process that ends within this long of starting, without listening, failed to start. */
const START_UP_FAILURE_MS = 30_000;
const RESTART_DELAY_MS = 1000;

/**
 * Starts `count` server processes (this file's caller, re-run by node:cluster), restarts one
 * that crashes, and on SIGTERM/SIGINT passes the stop on and exits once all have ended: 0 if
 * every one stopped cleanly. Never returns.
 */
export function superviseServerProcesses(count: number, roleOf: (index: number) => ProcessRole): void {
  let stopping = false;
  let failed = false;
  const running = new Map<Worker, number>();

  function start(index: number) {
    const role = roleOf(index);
    const worker = cluster.fork({
      SERVER_PROCESS_INDEX: String(index),
      RUN_WORKER: role.runsEmailWorker ? (process.env.RUN_WORKER ?? "true") : "false",
      DATABASE_POOL_SIZE: String(role.databasePoolSize),
    });
    running.set(worker, index);
    const startedAt = Date.now();
    let listening = false;
    worker.once("listening", () => {
      listening = true;
    });
    worker.once("exit", (code, signal) => {
      running.delete(worker);
      const clean = code === 0;
      if (!clean) failed = true;
      if (stopping) {
        if (running.size === 0) process.exit(failed ? 1 : 0);
        return;
      }
      // A process that cannot even start (a bad setting, a port in use) would fail the same
      // way again: stop everything and say so, rather than restart it forever.
      if (!listening && Date.now() - startedAt < START_UP_FAILURE_MS) {
        console.error(`Server process ${index + 1} of ${count} failed to start; stopping.`);
        stopAll("SIGTERM");
        return;
      }
      console.error(
        `Server process ${index + 1} of ${count} ended (${signal ?? `exit ${code}`}); starting it again.`,
      );
      setTimeout(() => {
        if (!stopping) start(index);
      }, RESTART_DELAY_MS);
    });
  }

  function stopAll(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    failed ||= signal !== "SIGTERM" && signal !== "SIGINT";
    if (running.size === 0) process.exit(failed ? 1 : 0);
    // With a terminal or a process manager the whole group got the signal already; a second
    // one is ignored by a process that is already stopping.
    for (const worker of running.keys()) worker.process.kill(signal);
  }

  // Each process takes connections from the shared socket itself, so a busy one takes fewer.
  // With node's default round-robin this process accepts every connection and hands it over;
  // under 512 connections at once, 259 requests then waited over 10 s without an answer,
  // against none this way (every one answered 303 or 503 busy).
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(signal));
  for (let index = 0; index < count; index += 1) start(index);
}
