// Moved to lib/security/tokens.ts; re-exported only for lib/jobs/reminders.ts,
// lib/jobs/email-tasks.ts and lib/news/unsubscribe.ts until their imports change.
export { deriveToken, hashToken, isWellFormedToken, type TokenPurpose } from "@/lib/security/tokens";
