// Organizer sign-in by email link. Only addresses on the allow-list (ORGANIZER_EMAILS)
// receive a link, but every request gets the same answer through the same statement (which
// writes nothing for an unknown address), so the page cannot tell who the organizers are.
import { randomUUID } from "node:crypto";
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import { EMAIL_MAX_ATTEMPTS, SEND_ORGANIZER_LINK } from "@/lib/jobs/names";
import { deriveToken, hashToken, isWellFormedToken } from "@/lib/security/tokens";
import { isAllowedOrganizer } from "./allow-list";
import { SIGN_IN_LINK_TTL_MINUTES } from "./sign-in-window";
import { hashSessionToken, newSessionToken, type NewSession } from "./session";

interface Context {
  db: Database;
  secret: string;
  allowList: readonly string[];
  now?: Date;
}

/**
 * Stores a link for an allowed address and queues its email, unless that address already
 * has a link that is unused and unexpired: then nothing new is sent, so nobody can flood an
 * organizer's inbox, nor lock them out by spending a per-address budget from elsewhere (the
 * link already in their inbox works). For any other address nothing is written or queued;
 * the caller sees no difference. Returns whether an email was queued (for tests only).
 */
export async function requestSignInLink(
  { db, secret, allowList, now = new Date() }: Context,
  email: string,
  locale: Locale,
): Promise<boolean> {
  const address = email.trim().toLowerCase();
  const allowed = isAllowedOrganizer(allowList, address);
  const id = randomUUID();
  const tokenHash = hashToken(deriveToken(secret, "organizer-sign-in", id, now));
  const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_TTL_MINUTES * 60_000);

  return db.$transaction(async (tx) => {
    // Requests for one address queue behind each other, so two at once cannot both find no
    // outstanding link. The lock ends with the transaction.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`organizer-login:${address}`}, 0))::text`;
    await tx.$executeRaw`DELETE FROM "organizer_login" WHERE "expires_at" < ${now}`;
    const queued = await tx.$queryRaw<{ job: string }[]>`
      WITH inserted AS (
        INSERT INTO "organizer_login" ("id", "email", "token_hash", "created_at", "expires_at")
        SELECT ${id}::uuid, ${address}, ${tokenHash}, ${now}, ${expiresAt}
        WHERE ${allowed} AND NOT EXISTS (
          SELECT 1 FROM "organizer_login"
          WHERE "email" = ${address} AND "used_at" IS NULL AND "expires_at" > ${now})
        RETURNING "id"
      )
      SELECT graphile_worker.add_job(
        ${SEND_ORGANIZER_LINK}, json_build_object('loginId', "id", 'locale', ${locale}::text),
        max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)::text AS job
      FROM inserted`;
    return queued.length === 1;
  });
}

/** Whether a link can still be used (for the page the link opens; nothing is spent here). */
export async function inspectSignInLink(db: Database, token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const rows = await db.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "organizer_login"
    WHERE "token_hash" = ${hashToken(token)} AND "used_at" IS NULL AND "expires_at" > ${now}`;
  return rows.length > 0;
}

/**
 * Spends a link and opens a session, in one statement: the UPDATE marks the link used only
 * if it is unused and unexpired (so two clicks racing each other cannot both sign in), and
 * the session row is written with it or not at all. Null when the link is unknown, used,
 * expired, or its address has left the allow-list since.
 */
export async function signInWithLink(
  { db, secret, allowList, now = new Date() }: Context,
  token: string,
): Promise<NewSession | null> {
  if (!isWellFormedToken(token)) return null;
  const session = newSessionToken(now);
  const rows = await db.$queryRaw<{ email: string }[]>`
    WITH spent AS (
      UPDATE "organizer_login" SET "used_at" = ${now}
      WHERE "token_hash" = ${hashToken(token)} AND "used_at" IS NULL AND "expires_at" > ${now}
        AND "email" = ANY(${[...allowList]}::text[])
      RETURNING "email"
    )
    INSERT INTO "organizer_session" ("token_hash", "email", "created_at", "expires_at")
    SELECT ${hashSessionToken(secret, session.token)}, "email", ${now}, ${session.expiresAt} FROM spent
    RETURNING "email"`;
  const email = rows[0]?.email;
  return email ? { ...session, email } : null;
}
