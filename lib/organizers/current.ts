import "server-only";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { endSession, findSession, type NewSession, type Organizer } from "./session";

export type { Organizer } from "./session";

const SESSION_COOKIE = "organizer_session";

/** The signed-in organizer of this request, or null. Read once per request. */
export const currentOrganizer = cache(async (): Promise<Organizer | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSession(db(), serverEnv().ORGANIZER_EMAILS, token);
});

/**
 * Every organizer page and action starts here: without a valid session it sends the
 * visitor to the sign-in page. Layouts are not enough, because actions and client-side
 * navigations do not pass through them.
 */
export async function requireOrganizer(locale: Locale): Promise<Organizer> {
  const organizer = await currentOrganizer();
  if (!organizer) return redirect({ href: "/organizers/sign-in", locale });
  return organizer;
}

/**
 * For server actions that answer with state: the organizer (anonymous visitors are still
 * redirected), or null when the database is away, so the form can say so in its language.
 */
export async function organizerForAction(locale: Locale): Promise<Organizer | null> {
  try {
    return await requireOrganizer(locale);
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

/** Starts a new session, ending the one this browser had, if any. */
export async function startSessionCookie({ token, expiresAt }: NewSession): Promise<void> {
  const jar = await cookies();
  await endSession(db(), jar.get(SESSION_COOKIE)?.value);
  jar.set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: serverEnv().NODE_ENV === "production",
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

/** Signs this browser out. The cookie goes first, so signing out works even while the database is away. */
export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.delete(SESSION_COOKIE);
  try {
    await endSession(db(), token);
  } catch {
    // The session row expires by itself; the browser no longer holds its token.
    console.error("endCurrentSession: the database is unavailable; the session will expire on its own");
  }
}
