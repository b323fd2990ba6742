// graphile-worker locks a job with its worker pool's id and trusts that lock for four hours
// (its fixed job expiry). A pool that died (a crash, kill -9, a lost host, or a pool that gave up
// after losing the database while recording a result) would hold its jobs, and their emails,
// that long. Open-source graphile-worker 0.18 has no heartbeat (Worker Pro has), but
// PostgreSQL already knows which sessions are alive. So:
//
// - each process keeps one session whose application_name names its running pool
//   ("graphile-worker pool-…"), reconnected within seconds after the database comes back;
// - every process sweeps: a pool that holds locks and has no such session in two sweeps in a
//   row is dead, and its jobs are released with graphile-worker's own force_unlock_workers(),
//   to be taken by a live pool and run once.
//
// A process that is killed or loses its host ends its session (a vanished host within about
// 30 s, through the server-side keepalives set below), so its jobs run again within a minute.
import pg from "pg";
import { describeError, isDatabaseOutage } from "@/lib/errors";

const NAME_PREFIX = "graphile-worker ";
export const SWEEP_INTERVAL_MS = 15_000;
const RECONNECT_DELAY_MS = 1000;
const noop = () => undefined;
const UNDEFINED_TABLE = "42P01";

const DEAD_POOLS = `
  SELECT locked_by FROM graphile_worker._private_jobs j
   WHERE locked_by IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                      WHERE a.datname = current_database() AND a.application_name = $1 || j.locked_by)
  UNION
  SELECT locked_by FROM graphile_worker._private_job_queues q
   WHERE locked_by IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                      WHERE a.datname = current_database() AND a.application_name = $1 || q.locked_by)`;

export interface DeadWorkerSweeper {
  /** The pool now running in this process (undefined while none is). */
  setPoolId(poolId: string | undefined): void;
  stop(): Promise<void>;
}

export function startDeadWorkerSweeper(
  connectionString: string,
  { sweepIntervalMs = SWEEP_INTERVAL_MS } = {},
): DeadWorkerSweeper {
  let poolId: string | undefined;
  let client: pg.Client | undefined;
  let named: string | undefined;
  let suspects = new Set<string>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const applicationName = () => (poolId ? NAME_PREFIX + poolId : "graphile-worker sweeper");

  async function session(): Promise<pg.Client> {
    if (!client) {
      const fresh = new pg.Client({ connectionString, application_name: applicationName() });
      // A lost connection is noticed here and replaced at the next tick; never an unhandled error.
      fresh.on("error", () => {
        if (client === fresh) client = undefined;
      });
      await fresh.connect().catch(async (error: unknown) => {
        await fresh.end().catch(() => undefined);
        throw error;
      });
      // The server drops this session (and with it the pool's presence) within about 30 s
      // of its host vanishing, instead of the operating system's two hours.
      await fresh.query(
        "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3",
      );
      client = fresh;
      named = applicationName();
    }
    if (named !== applicationName()) {
      await client.query("SELECT set_config('application_name', $1, false)", [applicationName()]);
      named = applicationName();
    }
    return client;
  }

  async function sweep() {
    const db = await session();
    const { rows } = await db
      .query<{ locked_by: string }>(DEAD_POOLS, [NAME_PREFIX])
      .catch((error: unknown) => {
        // A new database: graphile-worker's tables come with the first runner's start.
        if ((error as { code?: string }).code === UNDEFINED_TABLE) return { rows: [] };
        throw error;
      });
    const absent = new Set(rows.map((row) => row.locked_by));
    // Twice in a row: a pool that has just started, or whose session is reconnecting after
    // the database came back, is present again by the next sweep.
    const dead = [...absent].filter((id) => suspects.has(id));
    suspects = absent;
    if (dead.length > 0) {
      await db.query("SELECT graphile_worker.force_unlock_workers($1::text[])", [dead]);
      console.warn(`[email worker] released the jobs of ${dead.length} stopped worker pool(s)`);
    }
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = running.then(sweep).then(
        () => schedule(sweepIntervalMs),
        (error: unknown) => {
          // A bug in the sweep is logged (class and code only); either way the session is
          // rebuilt and the sweep tried again, as it is when the database is away.
          if (!isDatabaseOutage(error)) console.error(`[email worker] sweep failed: ${describeError(error)}`);
          void client?.end().catch(() => undefined);
          client = undefined;
          schedule(RECONNECT_DELAY_MS);
        },
      );
    }, delay);
    timer.unref();
  }
  schedule(0);

  return {
    setPoolId(id) {
      poolId = id;
      // Named at once, so the new pool is present before it could be suspected twice; after a
      // sweep in progress, as one connection runs one query at a time.
      if (client) running = running.then(() => session()).then(noop, noop);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
