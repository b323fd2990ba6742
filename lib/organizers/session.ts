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

export async function createSession(db: Database, email: string, now = new Date()): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_HOURS * 60 * 60_000);
  await db.$transaction([
    db.organizerSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.organizerSession.create({ data: { tokenHash: hashToken(token), email, createdAt: now, expiresAt } }),
  ]);
  return { token, email, expiresAt };
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

export async function endSession(db: Database, token: string | undefined): Promise<void> {
  if (!token || !isWellFormedToken(token)) return;
  await db.organizerSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}
