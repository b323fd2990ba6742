// Organizer sessions. The cookie carries 256 random bits; the database keeps only their
// SHA-256 hash, so a copy of the database opens no session.
import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db";
import { hashToken, isWellFormedToken } from "@/lib/petition/tokens";
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

/** A fresh session token and its expiry; the caller stores the token's hash. */
export function newSessionToken(now = new Date()): Omit<NewSession, "email"> {
  return {
    token: randomBytes(32).toString("base64url"),
    expiresAt: new Date(now.getTime() + SESSION_TTL_HOURS * 60 * 60_000),
  };
}

/** The organizer behind a session token, or null when it is unknown, expired or no longer allowed. */
export async function findSession(
  db: Database,
  allowList: readonly string[],
  token: string | undefined,
  now = new Date(),
): Promise<Organizer | null> {
  if (!token || !isWellFormedToken(token)) return null;
  const session = await db.organizerSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, expiresAt: true },
  });
  if (!session || session.expiresAt <= now || !isAllowedOrganizer(allowList, session.email)) return null;
  return session;
}

/** Ends one session, and clears out sessions that have expired on their own. */
export async function endSession(db: Database, token: string | undefined, now = new Date()): Promise<void> {
  await db.organizerSession.deleteMany({
    where: {
      OR: [
        { expiresAt: { lt: now } },
        ...(token && isWellFormedToken(token) ? [{ tokenHash: hashToken(token) }] : []),
      ],
    },
  });
}
