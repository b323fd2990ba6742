import { Logger, run, type Runner, type Task } from "graphile-worker";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { keepWorkerRunning, type KeptWorker } from "@/lib/jobs/keep-running";
import { until } from "./support/until";

// A database of its own: other files' workers (and anything they leave open) share the
// integration database, and the sweeper judges every pool it sees there.
const DATABASE = `dead_worker_locks_${process.pid}`;
const ownUrl = () => {
  const parsed = new URL(process.env.DATABASE_URL!);
  parsed.pathname = `/${DATABASE}`;
  return parsed.toString();
};
const url = ownUrl;
const TASK = "test_dead_worker_lock";
const SWEEP_MS = 500;

let admin: pg.Client;
let worker: KeptWorker | undefined;
const runs = new Map<string, number>();

const recordRun: Task = async (payload) => {
  const key = (payload as { key: string }).key;
  runs.set(key, (runs.get(key) ?? 0) + 1);
};

function startKeptWorker({
  stallMs,
  onStart,
}: { stallMs?: number; onStart?: (runner: Promise<Runner>) => void } = {}) {
  return keepWorkerRunning(
    url(),
    (events) => {
      const runner = run({
        connectionString: url(),
        taskList: { [TASK]: recordRun },
        concurrency: 2,
        pollInterval: 200,
        events,
        noHandleSignals: true,
        logger: new Logger(() => () => undefined),
      });
      onStart?.(runner);
      return runner;
    },
    { sweepIntervalMs: SWEEP_MS, restartDelayMs: 200, stallMs },
  );
}

/** Queues a job already locked by `poolId`, as a pool that took it and then died leaves it. */
async function queueLockedJob(key: string, poolId: string) {
  await admin.query("BEGIN");
  const { rows } = await admin.query<{ id: string }>("SELECT id FROM graphile_worker.add_job($1, $2::json)", [
    TASK,
    JSON.stringify({ key }),
  ]);
  await admin.query(
    "UPDATE graphile_worker._private_jobs SET locked_by = $1, locked_at = now() - interval '1 hour' WHERE id = $2",
    [poolId, rows[0]!.id],
  );
  await admin.query("COMMIT");
  return rows[0]!.id;
}

async function lockOf(jobId: string) {
  const { rows } = await admin.query<{ locked_by: string | null }>(
    "SELECT locked_by FROM graphile_worker._private_jobs WHERE id = $1",
    [jobId],
  );
  return rows[0];
}

beforeAll(async () => {
  const setup = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await setup.connect();
  await setup.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await setup.query(`CREATE DATABASE "${DATABASE}"`);
  await setup.end();
  admin = new pg.Client({ connectionString: url() });
  await admin.connect();
  // The worker schema exists once a runner has started.
  worker = startKeptWorker();
  await until(
    async () =>
      (
        await admin.query(
          "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'graphile-worker pool-%'",
        )
      ).rowCount === 1,
    // The first runner also installs graphile-worker's schema in the new database.
    60_000,
  );
}, 90_000);

afterEach(() => runs.clear());

afterAll(async () => {
  await worker?.stop();
  await admin.end();
  const teardown = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await teardown.connect();
  await teardown.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await teardown.end();
});

describe("jobs held by a worker that died", () => {
  it("are released within two sweeps and then run exactly once", async () => {
    const jobId = await queueLockedJob("orphan", "pool-thatdiedlongago");

    const waited = await until(() => runs.get("orphan") === 1, 4 * SWEEP_MS + 2000);
    expect(waited).toBeLessThan(4 * SWEEP_MS + 2000);
    // Completed and gone, and not run a second time.
    await new Promise((resolve) => setTimeout(resolve, 3 * SWEEP_MS));
    expect(runs.get("orphan")).toBe(1);
    expect(await lockOf(jobId)).toBeUndefined();
  });

  it("stay with a pool whose session is still open", async () => {
    const alive = new pg.Client({
      connectionString: url(),
      application_name: "graphile-worker pool-stillworking",
    });
    await alive.connect();
    try {
      const jobId = await queueLockedJob("busy", "pool-stillworking");
      await new Promise((resolve) => setTimeout(resolve, 4 * SWEEP_MS));
      expect(runs.get("busy")).toBeUndefined();
      expect((await lockOf(jobId))?.locked_by).toBe("pool-stillworking");

      // Its process ends (a crash closes the session just the same): the job runs, once.
      await alive.end();
      await until(() => runs.get("busy") === 1, 4 * SWEEP_MS + 2000);
      await new Promise((resolve) => setTimeout(resolve, 3 * SWEEP_MS));
      expect(runs.get("busy")).toBe(1);
    } finally {
      await alive.end().catch(() => undefined);
    }
  });

  it("keeps working when the database drops every connection, with no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      // What a PostgreSQL restart does to the worker's sessions (the listener, the pool, the presence).
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      await admin.query("SELECT graphile_worker.add_job($1, $2::json)", [
        TASK,
        JSON.stringify({ key: "after" }),
      ]);
      await until(() => runs.get("after") === 1, 15_000);
      // The presence is back, so nothing this pool holds is taken from it.
      await until(
        async () =>
          (
            await admin.query(
              "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'graphile-worker pool-%'",
            )
          ).rowCount === 1,
        5_000,
      );
      expect(runs.get("after")).toBe(1);
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", record);
    }
  });
});

describe("a runner that hangs on a silent connection", () => {
  const STALL_MS = 1000;
  let starts = 0;

  beforeAll(async () => {
    await worker?.stop();
    worker = startKeptWorker({ stallMs: STALL_MS, onStart: () => (starts += 1) });
    await until(() => starts === 1, 5000);
  });

  /** Holds `table` locked (in a session of its own) while `during` runs: every query on it waits. */
  async function whileLocked(table: string, during: () => Promise<void>) {
    const holder = new pg.Client({ connectionString: url() });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      await during();
      await holder.query("COMMIT");
    } finally {
      await holder.end();
    }
  }

  it("is replaced when its workers wait too long for their next job, and the job then runs", async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = starts;
    await whileLocked("graphile_worker._private_jobs", async () => {
      // Each poll for a job now waits on the lock, as on a connection that went silent.
      await until(() => starts >= before + 1, 4 * STALL_MS + 5000 + 2000);
    });
    await admin.query("SELECT graphile_worker.add_job($1, $2::json)", [
      TASK,
      JSON.stringify({ key: "unstuck" }),
    ]);
    await until(() => (runs.get("unstuck") ?? 0) >= 1, 15_000);
  }, 30_000);

  it("is given up when it does not start in time, and started again", async () => {
    await worker?.stop();
    const before = starts;
    // A start reads graphile-worker's migrations first, so a new worker cannot start while
    // they are locked: it is given up after STALL_MS and tried again.
    await whileLocked("graphile_worker.migrations", async () => {
      worker = startKeptWorker({ stallMs: STALL_MS, onStart: () => (starts += 1) });
      await until(() => starts >= before + 2, 3 * STALL_MS + 2000);
    });
    await admin.query("SELECT graphile_worker.add_job($1, $2::json)", [
      TASK,
      JSON.stringify({ key: "started" }),
    ]);
    await until(() => (runs.get("started") ?? 0) >= 1, 15_000);
  }, 30_000);
  it("is replaced at once when it shuts itself down and that shutdown hangs", async () => {
    await worker?.stop();
    const before = starts;
    let latest: Promise<Runner> | undefined;
    // No stall bound in reach: only the shutdown may lead to the replacement.
    worker = startKeptWorker({
      stallMs: 60_000,
      onStart: (runner) => {
        starts += 1;
        latest = runner;
      },
    });
    await until(() => latest !== undefined, 5000);
    const first = await latest!;
    await whileLocked("graphile_worker._private_jobs", async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The pool stops itself, as graphile-worker's does after "Failed to fail jobs"; its
      // workers wait on the lock for a job, so the shutdown waits too, as it waited on a
      // database in recovery.
      void first.stop().catch(() => undefined);
      await until(() => starts >= before + 2, 10_000);
    });
    await admin.query("SELECT graphile_worker.add_job($1, $2::json)", [
      TASK,
      JSON.stringify({ key: "replaced" }),
    ]);
    await until(() => (runs.get("replaced") ?? 0) >= 1, 15_000);
  }, 40_000);
});
