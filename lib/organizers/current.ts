import "server-only";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { endSession, findSession, type NewSession, type Organizer } from "./session";
import { handleActionFailure, isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";

export type { Organizer } from "./session";

/**
 * In production the `__Host-` prefix makes browsers refuse the cookie unless it is Secure,
 * has Path=/ and no Domain, so no subdomain or plain-http page can set or shadow it
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#cookie_prefixes).
 * Development keeps a plain name: not every browser keeps Secure cookies on http://localhost.
 */
function sessionCookie() {
  const secure = serverEnv().NODE_ENV === "production";
  return {
    name: secure ? "__Host-organizer_session" : "organizer_session",
    secure,
    path: "/",
    httpOnly: true,
  };
}

/** The signed-in organizer of this request, or null. Read once per request. */
export const currentOrganizer = cache(async (): Promise<Organizer | null> => {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  const { APP_SECRET, ORGANIZER_EMAILS } = serverEnv();
  return findSession(db(), APP_SECRET, ORGANIZER_EMAILS, token);
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
    // An outage returns null (the form says so); a bug is logged and reaches the error page.
    handleActionFailure("organizerForAction", error);
    return null;
  }
}

/** Starts a new session, ending the one this browser had, if any. */
export async function startSessionCookie({ token, expiresAt }: NewSession): Promise<void> {
  const jar = await cookies();
  const cookie = sessionCookie();
  await endSession(db(), serverEnv().APP_SECRET, jar.get(cookie.name)?.value);
  jar.set({ ...cookie, value: token, sameSite: "lax", expires: expiresAt });
}

/** Signs this browser out. The cookie goes first, so signing out works even while the database is away. */
export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  const cookie = sessionCookie();
  const token = jar.get(cookie.name)?.value;
  // With its attributes: browsers ignore a __Host- cookie (even an expired one) sent without Secure.
  jar.delete(cookie);
  try {
    await endSession(db(), serverEnv().APP_SECRET, token);
  } catch (error) {
    // The session row expires by itself; the browser no longer holds its token.
    if (!isDatabaseOutage(error)) throw reportBug("endCurrentSession", error);
    reportOutage("endCurrentSession", error);
  }
}
