// Runs the email jobs inside the app process. graphile-worker takes jobs with
// SELECT ... FOR UPDATE SKIP LOCKED and wakes on LISTEN/NOTIFY, so any number of app
// instances can run a worker against the same database without sending twice.
import { Logger, run, type Runner, type WorkerEvents } from "graphile-worker";
import type { Database } from "@/lib/db";
import { purgeLocalOutbox, type Mailer } from "@/lib/email/mailer";
import { newsTasks } from "@/lib/news/tasks";
import { runRetention } from "@/lib/retention/run-retention";
import { readSettings } from "@/lib/settings/read-settings";
import { EMAIL_TASK_DEADLINE_MS, withDeadlines } from "./deadline";
import { emailTasks } from "./email-tasks";
import { purgeEndedWindows } from "@/lib/security/rate-limit";
import { PURGE_ENDED_LIMITS, PURGE_LOCAL_OUTBOX, QUEUE_CONFIRMATION_REMINDERS, RUN_RETENTION } from "./names";
import { queueConfirmationReminders } from "./reminders";

export interface WorkerOptions {
  connectionString: string;
  db: Database;
  mailer: Mailer;
  secret: string;
  siteUrl: string;
  /** Days a network hash is kept (NETWORK_HASH_RETENTION_DAYS). */
  networkHashDays: number;
  /** NEWS_EMAILS_PER_SECOND. */
  newsEmailsPerSecond: number;
  concurrency?: number;
  pollInterval?: number;
  /** Where the runner reports its pool's start ("pool:create") and the rest of its life. */
  events?: WorkerEvents;
}

// Job payloads hold ids only, but errors are kept to their message: never a payload.
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`[email worker] ${message}`);
});

export function startWorker({
  connectionString,
  db,
  mailer,
  secret,
  siteUrl,
  networkHashDays,
  newsEmailsPerSecond,
  concurrency = 4,
  pollInterval = 2000,
  events,
}: WorkerOptions): Promise<Runner> {
  return run({
    connectionString,
    concurrency,
    pollInterval,
    events,
    // Stopping is ours (lib/jobs/start.ts): the server drains requests and the worker together.
    noHandleSignals: true,
    // Running jobs get this long to finish after a stop before their abort signal fires.
    gracefulShutdownAbortTimeout: 3000,
    // Results are written through graphile-worker's batchers, which a stop waits for; without
    // them a job finished just before the stop could stay locked after the process ended.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    logger: quietLogger,
    // graphile-worker's cron runs each line once across every instance.
    crontab: [
      `0 * * * * ${PURGE_LOCAL_OUTBOX}`,
      `15 * * * * ${RUN_RETENTION}`,
      `30 * * * * ${PURGE_ENDED_LIMITS}`,
      `*/10 * * * * ${QUEUE_CONFIRMATION_REMINDERS}`,
    ].join("\n"),
    taskList: {
      // Each sends one email, so a bound is safe; news batches and the scheduled sweeps may
      // rightly take long, and a second copy of them running alongside would gain nothing.
      ...withDeadlines(emailTasks({ db, mailer, secret, siteUrl }), EMAIL_TASK_DEADLINE_MS),
      ...newsTasks({ db, mailer, secret, siteUrl, emailsPerSecond: newsEmailsPerSecond }),
      [QUEUE_CONFIRMATION_REMINDERS]: async () =>
        void (await queueConfirmationReminders({ db, secret, settings: await readSettings(db) })),
      [PURGE_LOCAL_OUTBOX]: async () => void (await purgeLocalOutbox(db)),
      [PURGE_ENDED_LIMITS]: async () => void (await purgeEndedWindows(db)),
      [RUN_RETENTION]: async () =>
        void (await runRetention({
          db,
          settings: await readSettings(db),
          networkHashDays,
          trigger: "schedule",
        })),
    },
  });
}
