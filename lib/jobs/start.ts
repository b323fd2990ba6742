import "server-only";
import { db } from "@/lib/db";
import { createLocalMailer, createResendMailer } from "@/lib/email/mailer";
import { serverEnv } from "@/lib/env";
import { keepWorkerRunning } from "./keep-running";
import { onStopBackgroundWork } from "./shutdown";
import { startWorker } from "./worker";

/**
 * Starts the in-process email worker; it keeps trying while the database is away, and the
 * server stops it on SIGTERM (scripts/serve.ts, through ./shutdown.ts).
 */
export async function startBackgroundWork(): Promise<void> {
  const env = serverEnv();
  if (!env.RUN_WORKER) return;
  // lib/env.ts has already refused a production server with neither a key nor an explicit
  // EMAIL_DELIVERY=local-outbox.
  const sendsForReal = env.RESEND_API_KEY && env.EMAIL_DELIVERY !== "local-outbox";
  if (!sendsForReal) {
    console.warn("Emails are kept in the local outbox (deleted after a day) and not sent.");
  }
  const mailer = sendsForReal
    ? createResendMailer(env.RESEND_API_KEY!, env.EMAIL_FROM)
    : createLocalMailer(db());

  const worker = keepWorkerRunning(env.DATABASE_URL, (events) =>
    startWorker({
      connectionString: env.DATABASE_URL,
      db: db(),
      mailer,
      secret: env.APP_SECRET,
      siteUrl: env.SITE_URL,
      networkHashDays: env.NETWORK_HASH_RETENTION_DAYS,
      newsEmailsPerSecond: env.NEWS_EMAILS_PER_SECOND,
      events,
    }),
  );
  onStopBackgroundWork(worker.stop);
}
