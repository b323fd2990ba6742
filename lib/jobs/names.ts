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

/** Hourly: the retention rules (lib/retention/run-retention.ts). */
export const RUN_RETENTION = "run-retention";
