// Tokens in links: petition emails, news unsubscribe links and organizer sign-in links all
// carry one. Email links carry a token derived with HMAC-SHA256 from the signature and APP_SECRET's
// email-link key (256 bits nobody can guess without the secret). The database keeps only a
// SHA-256 hash of each token, and the background job that sends the email derives the token again
// instead of reading it from anywhere: a copy of the database alone opens no link.
import { createHash, createHmac } from "node:crypto";
import { purposeKey } from "./secrets";

export type TokenPurpose = "confirm" | "withdraw" | "unsubscribe" | "organizer-sign-in";

export function deriveToken(
  secret: string,
  purpose: TokenPurpose,
  signatureId: string,
  issuedAt?: Date,
): string {
  const message = [purpose, signatureId, issuedAt?.toISOString() ?? ""].join(":");
  return createHmac("sha256", purposeKey(secret, "email-links")).update(message).digest("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token is 43 base64url characters; anything else is not worth a database lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
