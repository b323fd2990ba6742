import "server-only";
import { db } from "@/lib/db";
import { createLocalMailer, createResendMailer } from "@/lib/email/mailer";
import { serverEnv } from "@/lib/env";
import { describeError, isDatabaseOutage } from "@/lib/errors";
import { startWorker } from "./worker";

const RETRY_DELAY_MS = 5000;

/** Starts the in-process email worker; keeps trying while the database is away. */
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

  const attempt = async () => {
    try {
      const runner = await startWorker({
        connectionString: env.DATABASE_URL,
        db: db(),
        mailer,
        secret: env.APP_SECRET,
        siteUrl: env.SITE_URL,
        networkHashDays: env.NETWORK_HASH_RETENTION_DAYS,
        newsEmailsPerSecond: env.NEWS_EMAILS_PER_SECOND,
      });
      process.once("SIGTERM", () => void runner.stop());
    } catch (error) {
      // Keep trying either way: emails wait in the queue, and a bug is in the log to be fixed.
      if (!isDatabaseOutage(error)) console.error(`email worker did not start: ${describeError(error)}`);
      setTimeout(attempt, RETRY_DELAY_MS).unref();
    }
  };
  await attempt();
}
