"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { localeFromForm } from "@/i18n/locale-of";
import { db, pool } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { endCurrentSession, startSessionCookie } from "@/lib/organizers/current";
import { requestSignInLink, signInWithLink } from "@/lib/organizers/sign-in";
import { createRateLimiter, type RateLimitRule } from "@/lib/petition/rate-limit";
import { hashNetworkAddress } from "@/lib/petition/tokens";
import { clientAddress } from "@/lib/request-address";

// Checked in this order, each only if the one before allowed the request:
// - per network, so nobody can probe many addresses (a team may share an office connection);
// - per address from one network, so one network cannot flood an organizer's inbox, nor
//   lock an organizer out by using up the address's own budget;
// - per address from anywhere, a loose cap on the inbox itself.
const LIMITS: [name: string, rule: RateLimitRule][] = [
  ["organizer-link-network", { points: 30, windowSeconds: 60 * 60 }],
  ["organizer-link-address-network", { points: 10, windowSeconds: 60 * 60 }],
  ["organizer-link-address", { points: 50, windowSeconds: 60 * 60 }],
];
let limiters: ReturnType<typeof createRateLimiter>[] | undefined;

/** The first limit this request exceeds, or null. */
async function exceededLimit(email: string) {
  const secret = serverEnv().APP_SECRET;
  const network = clientAddress(await headers());
  const keys = [
    hashNetworkAddress(secret, network),
    hashNetworkAddress(secret, `email:${email} from:${network}`),
    hashNetworkAddress(secret, `email:${email}`),
  ];
  limiters ??= LIMITS.map(([name, rule]) => createRateLimiter(pool(), name, rule));
  for (const [index, consume] of limiters.entries()) {
    const outcome = await consume(keys[index]!);
    if (!outcome.allowed) return outcome;
  }
  return null;
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
  const locale = localeFromForm(formData);
  const typed = String(formData.get("email") ?? "").slice(0, 320);
  const parsed = emailField.safeParse(typed.trim().toLowerCase());
  if (!parsed.success) return { status: "invalid", email: typed };
  const email = parsed.data;

  try {
    const exceeded = await exceededLimit(email);
    if (exceeded)
      return { status: "rate-limited", email: typed, retryAfterMinutes: exceeded.retryAfterMinutes };
    const { APP_SECRET, ORGANIZER_EMAILS } = serverEnv();
    await requestSignInLink({ db: db(), secret: APP_SECRET, allowList: ORGANIZER_EMAILS }, email, locale);
  } catch {
    console.error("requestSignInLinkAction: the database is unavailable");
    return { status: "unavailable", email: typed };
  }
  return { status: "sent", email };
}

export type SignInState = { status: "idle" | "invalid" | "unavailable" };

export async function signInWithLinkAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const locale = localeFromForm(formData);
  const token = String(formData.get("token") ?? "");
  let signedIn = false;
  try {
    const { APP_SECRET: secret, ORGANIZER_EMAILS: allowList } = serverEnv();
    const session = await signInWithLink({ db: db(), secret, allowList }, token);
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
  redirect({ href: "/organizers/sign-in", locale: localeFromForm(formData) });
}
