// The retention periods the privacy notice states and lib/retention/run-retention.ts keeps.

/** Days an unconfirmed signature is kept after its link expired (a renewed link resets it). */
export const UNCONFIRMED_GRACE_DAYS = 7;
