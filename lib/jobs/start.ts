import "server-only";
import { db } from "@/lib/db";
import { createLocalMailer, createResendMailer } from "@/lib/email/mailer";
import { serverEnv } from "@/lib/env";
import { startWorker } from "./worker";

const RETRY_DELAY_MS = 5000;

/** Starts the in-process email worker; keeps trying while the database is away. */
export async function startBackgroundWork(): Promise<void> {
  const env = serverEnv();
  if (!env.RUN_WORKER) return;
  if (!env.RESEND_API_KEY) {
    console.warn("RESEND_API_KEY is not set: emails are kept in the local outbox and not sent.");
  }
  const mailer = env.RESEND_API_KEY
    ? createResendMailer(env.RESEND_API_KEY, env.EMAIL_FROM)
    : createLocalMailer(db());

  const attempt = async () => {
    try {
      const runner = await startWorker({
        connectionString: env.DATABASE_URL,
        db: db(),
        mailer,
        secret: env.APP_SECRET,
        siteUrl: env.SITE_URL,
      });
      process.once("SIGTERM", () => void runner.stop());
    } catch {
      setTimeout(attempt, RETRY_DELAY_MS).unref();
    }
  };
  await attempt();
}
