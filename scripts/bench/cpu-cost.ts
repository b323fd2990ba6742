// What one signature costs in CPU, posted one at a time: the server's processes and the
// machine's PostgreSQL, read from /proc before and after. Under load the two share the same
// cores, so this, not the rate, says how far a change moves the ceiling, and it barely
// moves with the machine's other work (rates here move by 10 to 30% between runs).
import { execFileSync } from "node:child_process";
import { multipartBody } from "./multipart";
import { processIds, readProcessFile } from "./proc";

export interface CpuCost {
  posts: number;
  /** CPU of the server's processes (all of them, email worker included), ms per post. */
  serverMs: number;
  /** CPU of every PostgreSQL process on this machine, ms per post; 0 for a remote database. */
  databaseMs: number;
  /** Wall time of one post and its answer, ms. */
  wallMs: number;
  /** Answers other than the expected status. */
  unexpected: number;
}

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface ProcessTimes {
  name: string;
  parent: number;
  cpuMs: number;
}

/** /proc/<pid>/stat: the name in parentheses, then the fields from "state" on. */
function readProcess(pid: string): ProcessTimes | undefined {
  const stat = readProcessFile(pid, "stat");
  if (stat === undefined) return undefined;
  const close = stat.lastIndexOf(")");
  const fields = stat.slice(close + 2).split(" ");
  return {
    name: stat.slice(stat.indexOf("(") + 1, close),
    parent: Number(fields[1]),
    cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
  };
}

/** CPU so far of the server's process and all its descendants, and of every PostgreSQL process. */
function cpuSnapshot(serverPid: number): { server: number; database: number } {
  const processes = new Map<number, ProcessTimes>();
  for (const pid of processIds()) {
    const times = readProcess(pid);
    if (times) processes.set(Number(pid), times);
  }
  // The site's wrapper starts its HTTP server in a process group of its own: follow parents.
  const inServer = (pid: number): boolean => {
    for (let current = pid; current > 1; current = processes.get(current)?.parent ?? 0)
      if (current === serverPid) return true;
    return false;
  };
  let server = 0;
  let database = 0;
  for (const [pid, times] of processes) {
    if (inServer(pid)) server += times.cpuMs;
    else if (times.name === "postgres") database += times.cpuMs;
  }
  return { server, database };
}

const QUIET_MS_PER_SECOND = 30;

/** Waits (up to 30 s) for a second in which the server and PostgreSQL use under 3% of a core. */
async function settle(serverPid: number): Promise<void> {
  for (let second = 0; second < 30; second += 1) {
    const before = cpuSnapshot(serverPid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuSnapshot(serverPid);
    if (after.server - before.server + after.database - before.database < QUIET_MS_PER_SECOND) return;
  }
}

export interface CpuCostRun {
  origin: string;
  path: string;
  /** The server's first process: it and every process it started are counted. */
  serverPid: number;
  /** Every field but the email, in form order. */
  fields: [string, string][];
  emailPrefix: string;
  expectedStatus: number;
  posts: number;
}

/** Posts the form `posts` times, one after another, after a few unmeasured ones. */
export async function cpuPerPost(run: CpuCostRun): Promise<CpuCost> {
  const boundary = "----petition-bench-cpu";
  let sequence = 0;
  let unexpected = 0;
  const post = async () => {
    sequence += 1;
    const body = multipartBody(
      [...run.fields, ["email", `${run.emailPrefix}.${sequence}@example.org`]],
      boundary,
    );
    const response = await fetch(`${run.origin}${run.path}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: run.origin },
    });
    await response.arrayBuffer();
    return response.status;
  };
  for (let warm = 0; warm < 20; warm += 1) await post();
  // The emails of the unmeasured posts, and whatever earlier loads left PostgreSQL to do
  // (autovacuum, a checkpoint), are not this run's work.
  await settle(run.serverPid);

  const before = cpuSnapshot(run.serverPid);
  const started = performance.now();
  for (let index = 0; index < run.posts; index += 1) {
    if ((await post()) !== run.expectedStatus) unexpected += 1;
  }
  const wallMs = (performance.now() - started) / run.posts;
  // The last emails go out after their answers; their work belongs to the run.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = cpuSnapshot(run.serverPid);
  return {
    posts: run.posts,
    serverMs: (after.server - before.server) / run.posts,
    databaseMs: (after.database - before.database) / run.posts,
    wallMs,
    unexpected,
  };
}
