"use server";

import { submittedForm } from "@/lib/forms/submitted-form";
import { headers } from "next/headers";
import { redirect } from "@/i18n/navigation";
import { localeFromForm } from "@/i18n/locale-of";
import { db, pool } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { handleActionFailure } from "@/lib/errors";
import { endCurrentSession, startSessionCookie } from "@/lib/organizers/current";
import { requestSignInLink, signInWithLink } from "@/lib/organizers/sign-in";
import { parseSignInEmail } from "@/lib/organizers/sign-in-email";
import { createRateLimiter, type RateLimitRule } from "@/lib/security/rate-limit";
import { hashNetworkAddress, clientNetwork } from "@/lib/security/client-address";
import type { SignInLinkState, SignInState } from "./state";

// Per network, so nobody can probe many addresses (a team may share an office connection).
// There is no per-address limit: one could be spent by anyone to lock an organizer out.
// Instead an address has at most one outstanding link (see requestSignInLink).
const NETWORK_LIMIT: RateLimitRule = { points: 30, windowSeconds: 60 * 60 };
let networkLimiter: ReturnType<typeof createRateLimiter> | undefined;

async function exceededLimit() {
  networkLimiter ??= createRateLimiter(pool(), "organizer-link-network", NETWORK_LIMIT);
  const outcome = await networkLimiter(
    hashNetworkAddress(serverEnv().APP_SECRET, clientNetwork(await headers())),
  );
  return outcome.allowed ? null : outcome;
}

export async function requestSignInLinkAction(
  _previous: SignInLinkState,
  posted: FormData,
): Promise<SignInLinkState> {
  const formData = submittedForm(posted);
  const locale = localeFromForm(formData);
  const { typed, email } = parseSignInEmail(formData.get("email"));
  if (email === null) return { status: "invalid", email: typed };

  try {
    const exceeded = await exceededLimit();
    if (exceeded)
      return { status: "rate-limited", email: typed, retryAfterMinutes: exceeded.retryAfterMinutes };
    const { APP_SECRET, ORGANIZER_EMAILS } = serverEnv();
    await requestSignInLink({ db: db(), secret: APP_SECRET, allowList: ORGANIZER_EMAILS }, email, locale);
  } catch (error) {
    handleActionFailure("requestSignInLinkAction", error);
    return { status: "unavailable", email: typed };
  }
  return { status: "sent", email };
}

export async function signInWithLinkAction(_previous: SignInState, posted: FormData): Promise<SignInState> {
  const formData = submittedForm(posted);
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
  } catch (error) {
    handleActionFailure("signInWithLinkAction", error);
    return { status: "unavailable" };
  }
  if (!signedIn) return { status: "invalid" };
  return redirect({ href: "/organizers", locale });
}

export async function signOutAction(posted: FormData): Promise<void> {
  const formData = submittedForm(posted);
  await endCurrentSession();
  redirect({ href: "/organizers/sign-in", locale: localeFromForm(formData) });
}
