"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { db, pool } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { endCurrentSession, startSessionCookie } from "@/lib/organizers/current";
import { requestSignInLink, signInWithLink } from "@/lib/organizers/sign-in";
import { createRateLimiter, type RateLimitRule } from "@/lib/petition/rate-limit";
import { hashNetworkAddress } from "@/lib/petition/tokens";
import { clientAddress } from "@/lib/request-address";

// Per address, so nobody can flood an organizer's inbox; per network, so nobody can probe
// many addresses (looser, since a team may share an office connection).
const LINKS_PER_ADDRESS: RateLimitRule = { points: 10, windowSeconds: 60 * 60 };
const LINKS_PER_NETWORK: RateLimitRule = { points: 30, windowSeconds: 60 * 60 };

let networkLimiter: ReturnType<typeof createRateLimiter> | undefined;
let addressLimiter: ReturnType<typeof createRateLimiter> | undefined;

function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale;
}

const emailField = z.email().max(254);

export type SignInLinkState =
  | { status: "idle" }
  | { status: "sent"; email: string }
  | { status: "invalid"; email: string }
  | { status: "rate-limited"; email: string; retryAfterMinutes: number }
  | { status: "unavailable"; email: string };

export async function requestSignInLinkAction(
  _previous: SignInLinkState,
  formData: FormData,
): Promise<SignInLinkState> {
  const locale = localeOf(formData);
  const typed = String(formData.get("email") ?? "").slice(0, 320);
  const parsed = emailField.safeParse(typed.trim().toLowerCase());
  if (!parsed.success) return { status: "invalid", email: typed };
  const email = parsed.data;

  try {
    const secret = serverEnv().APP_SECRET;
    networkLimiter ??= createRateLimiter(pool(), "organizer-link-network", LINKS_PER_NETWORK);
    addressLimiter ??= createRateLimiter(pool(), "organizer-link-address", LINKS_PER_ADDRESS);
    for (const limit of [
      await networkLimiter(hashNetworkAddress(secret, clientAddress(await headers()))),
      await addressLimiter(hashNetworkAddress(secret, `email:${email}`)),
    ]) {
      if (!limit.allowed)
        return { status: "rate-limited", email: typed, retryAfterMinutes: limit.retryAfterMinutes };
    }
    await requestSignInLink({ db: db(), secret, allowList: serverEnv().ORGANIZER_EMAILS }, email, locale);
  } catch {
    console.error("requestSignInLinkAction: the database is unavailable");
    return { status: "unavailable", email: typed };
  }
  return { status: "sent", email };
}

export type SignInState = { status: "idle" | "invalid" | "unavailable" };

export async function signInWithLinkAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const locale = localeOf(formData);
  const token = String(formData.get("token") ?? "");
  let signedIn = false;
  try {
    const session = await signInWithLink({ db: db(), allowList: serverEnv().ORGANIZER_EMAILS }, token);
    if (session) {
      await startSessionCookie(session);
      signedIn = true;
    }
  } catch {
    console.error("signInWithLinkAction: the database is unavailable");
    return { status: "unavailable" };
  }
  if (!signedIn) return { status: "invalid" };
  return redirect({ href: "/organizers", locale });
}

export async function signOutAction(formData: FormData): Promise<void> {
  await endCurrentSession();
  redirect({ href: "/organizers/sign-in", locale: localeOf(formData) });
}
