import "server-only";
import { cookies } from "next/headers";
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

export async function startSessionCookie({ token, expiresAt }: NewSession): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: serverEnv().NODE_ENV === "production",
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  await endSession(db(), jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
}
