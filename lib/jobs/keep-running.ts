// Keeps one graphile-worker runner going for the life of the process, and stops it cleanly.
//
// A runner ends on its own when its pool gives up, for example after the database went away
// while it was recording a job's result ("committing seppuku"): its promise then rejects. That
// rejection is handled here (it was an unhandled rejection before) and a new runner, with a new
// pool id, is started once the database answers; the jobs the old pool held are released by
// the dead-worker sweeper (./dead-worker-locks.ts).
import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { Runner, WorkerEvents } from "graphile-worker";
import { describeError, isDatabaseOutage } from "@/lib/errors";
import { startDeadWorkerSweeper, SWEEP_INTERVAL_MS } from "./dead-worker-locks";

const RESTART_DELAY_MS = 5000;
/** How long running jobs get to finish on stop before they are failed back to the queue. */
export const STOP_GRACE_MS = 4000;

export interface KeptWorker {
  /** Lets running jobs finish (or releases them), then closes every connection. */
  stop(): Promise<void>;
}

export function keepWorkerRunning(
  connectionString: string,
  start: (events: WorkerEvents) => Promise<Runner>,
  { restartDelayMs = RESTART_DELAY_MS, sweepIntervalMs = SWEEP_INTERVAL_MS } = {},
): KeptWorker {
  const sweeper = startDeadWorkerSweeper(connectionString, { sweepIntervalMs });
  const stopSignal = new AbortController();
  let runner: Runner | undefined;

  const report = (error: unknown) => {
    // Either way it is tried again: emails wait in the queue, and a bug is in the log.
    if (!isDatabaseOutage(error)) console.error(`email worker stopped: ${describeError(error)}`);
  };

  const loop = (async () => {
    while (!stopSignal.signal.aborted) {
      const events = new EventEmitter() as WorkerEvents;
      events.on("pool:create", ({ workerPool }) => sweeper.setPoolId(workerPool.id));
      // A worker that dies with an error (its connection lost while it recorded a job's result)
      // can leave its pool holding jobs without taking new ones, its promise never settling:
      // seen after PostgreSQL restarted mid-burst, with emails waiting for good.
      let markBroken: () => void = () => undefined;
      const broken = new Promise<"broken">((resolve) => (markBroken = () => resolve("broken")));
      events.on("worker:stop", ({ error }) => error !== undefined && markBroken());
      events.on("worker:fatalError", () => markBroken());
      try {
        runner = await start(events);
        if (stopSignal.signal.aborted) await runner.stop();
        const ending = await Promise.race([runner.promise.then(() => "ended" as const), broken]);
        if (ending === "broken" && !stopSignal.signal.aborted) {
          // Replaced by a new pool below; the jobs the old one held are released by the sweep
          // once its session is gone (./dead-worker-locks.ts).
          await Promise.race([runner.stop().catch(() => undefined), sleep(STOP_GRACE_MS)]);
        }
      } catch (error) {
        if (!stopSignal.signal.aborted) report(error);
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
