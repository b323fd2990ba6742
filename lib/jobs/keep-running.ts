// Keeps one graphile-worker runner going for the life of the process, and stops it cleanly.
//
// A runner ends on its own when its pool gives up, for example after the database went away
// while it was recording a job's result ("committing seppuku"): its promise then rejects. That
// rejection is handled here (it was an unhandled rejection before) and a new runner, with a new
// pool id, is started once the database answers; the jobs the old pool held are released by
// the dead-worker sweeper (./dead-worker-locks.ts).
//
// A runner can also hang without ending: a start, or a worker's query for its next job, that
// waits on a connection which went silent. Both are single short queries, so one still
// waiting after half a minute marks the runner stuck, and it is replaced the same way. (A job's
// own task has its deadline: ./deadline.ts.)
import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { Runner, WorkerEvents } from "graphile-worker";
import { describeError, isDatabaseOutage } from "@/lib/errors";
import { startDeadWorkerSweeper, SWEEP_INTERVAL_MS } from "./dead-worker-locks";

const RESTART_DELAY_MS = 5000;
/** How long a runner may take to start, and a worker to be given its next job (or none). */
const STALL_MS = 30_000;
/** How long running jobs get to finish on stop before they are failed back to the queue. */
export const STOP_GRACE_MS = 4000;

class SlowStartError extends Error {
  constructor(ms: number) {
    super(`did not start within ${ms / 1000} s`);
  }
}

export interface KeptWorker {
  /** Lets running jobs finish (or releases them), then closes every connection. */
  stop(): Promise<void>;
}

export function keepWorkerRunning(
  connectionString: string,
  start: (events: WorkerEvents) => Promise<Runner>,
  { restartDelayMs = RESTART_DELAY_MS, sweepIntervalMs = SWEEP_INTERVAL_MS, stallMs = STALL_MS } = {},
): KeptWorker {
  const sweeper = startDeadWorkerSweeper(connectionString, { sweepIntervalMs });
  const stopSignal = new AbortController();
  let runner: Runner | undefined;

  const report = (error: unknown) => {
    // Either way it is tried again: emails wait in the queue, and a bug is in the log.
    if (error instanceof SlowStartError) console.warn(`[email worker] ${error.message}; trying again`);
    else if (!isDatabaseOutage(error)) console.error(`email worker stopped: ${describeError(error)}`);
  };

  const loop = (async () => {
    while (!stopSignal.signal.aborted) {
      const events = new EventEmitter() as WorkerEvents;
      events.on("pool:create", ({ workerPool }) => sweeper.setPoolId(workerPool.id));
      let markBroken: () => void = () => undefined;
      const broken = new Promise<"broken">((resolve) => (markBroken = () => resolve("broken")));
      // A worker that dies with an error (its connection lost while it recorded a job's result)
      // can leave its pool holding jobs without taking new ones, its promise never settling:
      // seen after PostgreSQL restarted mid-burst, with emails waiting for good.
      events.on("worker:stop", ({ error }) => error !== undefined && markBroken());
      events.on("worker:fatalError", () => markBroken());
      // A pool that shuts itself down is replaced at once rather than waited for. Seen after
      // PostgreSQL restarted mid-burst: "Failed to fail jobs" (the database still recovering),
      // then a shutdown that never finished, while the pool's name, still this process's,
      // kept the sweep off its jobs and no email went out.
      let stoppingItself = false;
      events.on("pool:gracefulShutdown", () => {
        stoppingItself = !stopSignal.signal.aborted;
        markBroken();
      });
      const stalled = watchForStalls(events, stallMs, markBroken);
      try {
        const starting = start(events);
        const started = await Promise.race([starting, broken, sleep(stallMs, "slow" as const)]);
        if (typeof started === "string") {
          // Given up; should it start after all, it is stopped at once and its pool, never
          // named to the sweeper, holds nothing for long.
          events.removeAllListeners("pool:create");
          void starting.then((late) => late.stop()).catch(() => undefined);
          throw new SlowStartError(stallMs);
        }
        runner = started;
        if (stopSignal.signal.aborted) await runner.stop();
        const ending = await Promise.race([runner.promise.then(() => "ended" as const), broken]);
        if (ending === "broken" && !stopSignal.signal.aborted) {
          console.warn("[email worker] replacing a stuck worker pool");
          // Replaced by a new pool below; the jobs the old one held are released by the sweep
          // once no session bears its name (./dead-worker-locks.ts).
          const stopping = stoppingItself ? runner.promise : runner.stop();
          await Promise.race([stopping.catch(() => undefined), sleep(STOP_GRACE_MS)]);
        }
      } catch (error) {
        if (!stopSignal.signal.aborted) report(error);
      } finally {
        stalled.stop();
      }
      runner = undefined;
      sweeper.setPoolId(undefined);
      await sleep(restartDelayMs, undefined, { signal: stopSignal.signal }).catch(() => undefined);
    }
  })();

  return {
    async stop() {
      stopSignal.abort();
      const current = runner;
      if (current) {
        const stopped = current.stop().then(
          () => true,
          () => true,
        );
        const inTime = await Promise.race([stopped, sleep(STOP_GRACE_MS, false)]);
        // A job still running is failed back to the queue (graphile-worker's forceful
        // shutdown) and runs again later; its emails carry idempotency keys.
        if (!inTime) await current.kill("shutting down").catch(() => undefined);
      }
      // A runner still starting against an absent database is not waited for.
      await Promise.race([loop, sleep(1000)]);
      await sweeper.stop();
    },
  };
}

/**
 * Calls `onStall` when one of the runner's workers has waited `stallMs` for its next job: that
 * is one short query, so the connection it went out on has gone silent.
 */
function watchForStalls(events: WorkerEvents, stallMs: number, onStall: () => void) {
  const waitingSince = new Map<number | string, number>();
  events.on("worker:getJob:start", ({ worker }) => waitingSince.set(worker.workerId, Date.now()));
  const answered = ({ worker }: { worker: { workerId: number | string } }) =>
    waitingSince.delete(worker.workerId);
  events.on("job:start", answered);
  events.on("worker:getJob:empty", answered);
  events.on("worker:getJob:error", answered);
  events.on("worker:release", answered);
  events.on("worker:stop", answered);
  const timer = setInterval(
    () => {
      const oldest = Math.min(...waitingSince.values());
      if (Date.now() - oldest >= stallMs) onStall();
    },
    Math.max(10, stallMs / 4),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
