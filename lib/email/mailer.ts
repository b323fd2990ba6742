// Where emails go: Resend when RESEND_API_KEY is set, otherwise the local_email table
// (nothing leaves the machine; the development mailbox page shows them).
import { Resend } from "resend";
import type { Database } from "@/lib/db";

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The same key never sends twice, even when a job is retried after a timeout. */
  idempotencyKey: string;
  /** Extra message headers, such as List-Unsubscribe on campaign news (RFC 8058). */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
}

export class EmailDeliveryError extends Error {
  override name = "EmailDeliveryError";
}

export function createResendMailer(apiKey: string, from: string): Mailer {
  // The SDK reads RESEND_BASE_URL, which lets tests point it at a local fake server.
  const resend = new Resend(apiKey);
  return {
    async send({ to, subject, html, text, idempotencyKey, headers }) {
      const { error } = await resend.emails.send(
        { from, to, subject, html, text, headers },
        { idempotencyKey },
      );
      // The SDK returns errors instead of throwing; throwing makes the job retry with backoff.
      // The message names the failure only: never the recipient.
      if (error) throw new EmailDeliveryError(`Resend refused the email: ${error.name}`);
    },
  };
}

/**
 * The local outbox holds live links (confirmation, withdrawal, organizer sign-in), so it is
 * kept only as long as someone testing needs to open them.
 */
export const LOCAL_OUTBOX_RETENTION_HOURS = 24;

/** Deletes local emails older than the retention period; returns how many went. */
export async function purgeLocalOutbox(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LOCAL_OUTBOX_RETENTION_HOURS * 60 * 60_000);
  const { count } = await db.localEmail.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}

// Headers are not kept: the development mailbox shows what a person reads, and the
// unsubscribe link they point to is in the body as well.
export function createLocalMailer(db: Database): Mailer {
  return {
    async send({ to, subject, html, text, idempotencyKey }) {
      // Like Resend, a key seen before sends nothing (ON CONFLICT DO NOTHING).
      await db.localEmail.createMany({
        data: [{ to, subject, html, text, idempotencyKey }],
        skipDuplicates: true,
      });
    },
  };
}
