// The background jobs the app enqueues, by graphile-worker task name.
export const SEND_CONFIRMATION = "send-confirmation";
export const SEND_ALREADY_SIGNED = "send-already-signed";

export interface SignatureJobPayload {
  signatureId: string;
  /** The language of the form the person just used (for "already signed" emails). */
  locale?: string;
}

/** Retries with graphile-worker's exponential backoff: about three days in all before giving up. */
export const EMAIL_MAX_ATTEMPTS = 16;
export const SEND_ORGANIZER_LINK = "send-organizer-link";

export interface OrganizerLinkJobPayload {
  loginId: string;
  locale: string;
}

/** Hourly: emails kept in the local outbox are deleted after LOCAL_OUTBOX_RETENTION_HOURS. */
export const PURGE_LOCAL_OUTBOX = "purge-local-outbox";

/** Hourly: per-network counts whose window ended an hour ago (lib/security/rate-limit.ts). */
export const PURGE_ENDED_LIMITS = "purge-ended-limits";

/** Hourly: the retention rules (lib/retention/run-retention.ts). */
export const RUN_RETENTION = "run-retention";

/** Campaign news: one fan-out job per update, then one batch after another. */
export const NEWS_FAN_OUT = "news-fan-out";
export const NEWS_SEND_BATCH = "news-send-batch";

/**
 * Every news job runs in this graphile-worker queue, so batches go one at a time and a
 * large mailing holds at most one worker slot: the signing emails keep the others.
 */
export const NEWS_QUEUE = "news-email";

/** Jobs with a lower number run first; signing and sign-in emails keep the default 0. */
export const NEWS_JOB_PRIORITY = 10;

/**
 * Ten attempts with graphile-worker's backoff (exp(n) seconds) span about four hours, well
 * inside the 24 hours Resend keeps an idempotency key: a retry never delivers twice.
 */
export const NEWS_MAX_ATTEMPTS = 10;

export interface NewsJobPayload {
  updateId: string;
}

/** Every ten minutes: finds signers due their one reminder to confirm and queues it. */
export const QUEUE_CONFIRMATION_REMINDERS = "queue-confirmation-reminders";
/** The reminder email itself, one job per signature. */
export const SEND_CONFIRMATION_REMINDER = "send-confirmation-reminder";
