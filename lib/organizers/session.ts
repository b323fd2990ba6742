// Organizer sessions. The cookie carries 256 random bits; the database keeps only their
// HMAC under APP_SECRET's session key, so a copy of the database opens no session, nor
// can anyone with database access alone forge a row that a cookie would match.
import { createHmac, randomBytes } from "node:crypto";
import type { Database } from "@/lib/db";
import { isWellFormedToken } from "@/lib/security/tokens";
import { purposeKey } from "@/lib/security/secrets";
import { isAllowedOrganizer } from "./allow-list";

/** A session lasts one working day; signing in again takes one email. */
export const SESSION_TTL_HOURS = 12;

export interface NewSession {
  token: string;
  email: string;
  expiresAt: Date;
}

export interface Organizer {
  email: string;
  expiresAt: Date;
}

/** What the database keeps of a session token. */
export function hashSessionToken(secret: string, token: string): string {
  return createHmac("sha256", purposeKey(secret, "sessions")).update(token).digest("hex");
}

/** A fresh session token and its expiry; the caller stores hashSessionToken() of the token. */
export function newSessionToken(now = new Date()): Omit<NewSession, "email"> {
  return {
    token: randomBytes(32).toString("base64url"),
    expiresAt: new Date(now.getTime() + SESSION_TTL_HOURS * 60 * 60_000),
  };
}

/** The organizer behind a session token, or null when it is unknown, expired or no longer allowed. */
export async function findSession(
  db: Database,
  secret: string,
  allowList: readonly string[],
  token: string | undefined,
  now = new Date(),
): Promise<Organizer | null> {
  if (!token || !isWellFormedToken(token)) return null;
  const session = await db.organizerSession.findUnique({
    where: { tokenHash: hashSessionToken(secret, token) },
    select: { email: true, expiresAt: true },
  });
  if (!session || session.expiresAt <= now || !isAllowedOrganizer(allowList, session.email)) return null;
  return session;
}

/** Ends one session, and clears out sessions that have expired on their own. */
export async function endSession(
  db: Database,
  secret: string,
  token: string | undefined,
  now = new Date(),
): Promise<void> {
  await db.organizerSession.deleteMany({
    where: {
      OR: [
        { expiresAt: { lt: now } },
        ...(token && isWellFormedToken(token) ? [{ tokenHash: hashSessionToken(secret, token) }] : []),
      ],
    },
  });
}
