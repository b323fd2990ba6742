"use server";

import { submittedForm } from "@/lib/forms/submitted-form";
import { revalidateTag } from "next/cache";
import { cookies, headers } from "next/headers";
import { localizedPath, redirect } from "@/i18n/navigation";
import { localeFromForm } from "@/i18n/locale-of";
import { currentPrivacyNoticeId } from "@/lib/consent/current-notice";
import { db, pool } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { handleActionFailure } from "@/lib/errors";
import { confirmSignature, renewConfirmation } from "@/lib/petition/confirm";
import { currentPetitionPhase } from "@/lib/petition/petition-window";
import { settingsForOneAction } from "@/lib/settings/campaign-settings";
import { EMAIL_LINK_LIMIT, signLimit } from "@/lib/petition/rate-limit";
import { createRateLimiter } from "@/lib/security/rate-limit";
import { REFERRAL_COOKIE } from "@/lib/petition/referral";
import { formValues } from "@/lib/petition/form-fields";
import { submitSignature, type SubmissionResult } from "@/lib/petition/submit-signature";
import { hashNetworkAddress, clientNetwork } from "@/lib/security/client-address";
import { withdrawSignature } from "@/lib/petition/withdraw";
import { SIGNATURE_COUNTS_TAG } from "@/lib/stats/public-stats";
import type { ConfirmState, SignState, WithdrawState } from "./state";

let emailLinkLimiter: ReturnType<typeof createRateLimiter> | undefined;

// The token travels as a form field too (see localeFromForm).
function tokenOf(formData: FormData): string {
  const value = formData.get("token");
  return typeof value === "string" ? value : "";
}

async function networkHash(): Promise<string> {
  return hashNetworkAddress(serverEnv().APP_SECRET, clientNetwork(await headers()));
}

/**
 * The petition form's action (the work is in submitSignature). Expected failures come back
 * as state with the values; success redirects (303) to the thank-you page, which is static.
 */
export async function signPetitionAction(_previous: SignState, posted: FormData): Promise<SignState> {
  const formData = submittedForm(posted);
  const locale = localeFromForm(formData);
  const fields = Object.fromEntries(formData);
  const settings = settingsForOneAction();
  let result: SubmissionResult;
  try {
    result = await submitSignature(
      {
        db: db(),
        secret: serverEnv().APP_SECRET,
        signLimit: { name: "sign", rule: signLimit(serverEnv().SIGNATURES_PER_NETWORK_PER_HOUR) },
        petitionPhase: async () => currentPetitionPhase(new Date(), await settings()),
        privacyNoticeId: async (locale) => currentPrivacyNoticeId(locale, await settings()),
      },
      {
        fields,
        locale,
        network: clientNetwork(await headers()),
        referral: (await cookies()).get(REFERRAL_COOKIE)?.value,
      },
    );
  } catch (error) {
    // Nothing personal is logged: the person sees a localized message and keeps the form.
    handleActionFailure("signPetitionAction", error);
    return { status: "unavailable", values: formValues(fields) };
  }
  if (result.status !== "signed") return result;
  return redirect({ href: "/sign/thanks", locale });
}

export async function confirmSignatureAction(
  _previous: ConfirmState,
  posted: FormData,
): Promise<ConfirmState> {
  const formData = submittedForm(posted);
  const locale = localeFromForm(formData);
  const token = tokenOf(formData);
  const settings = settingsForOneAction();
  try {
    const phase = await currentPetitionPhase(new Date(), await settings());
    if (phase !== "open") return { status: phase };
    // The confirmation page sends the owner's own choices (see ConfirmPanel).
    const choices =
      formData.get("choices") === "1"
        ? { showName: formData.get("showName") === "on", wantsUpdates: formData.get("wantsUpdates") === "on" }
        : undefined;
    // Whoever confirms accepts the notice in force in the confirmation page's language.
    const accepted = { noticeId: await currentPrivacyNoticeId(locale, await settings()), locale };
    const result = await confirmSignature(
      { db: db(), secret: serverEnv().APP_SECRET },
      token,
      accepted,
      choices,
    );
    if (result.outcome === "confirmed") revalidateTag(SIGNATURE_COUNTS_TAG, "max");
    if (result.outcome === "confirmed" || result.outcome === "already-confirmed") {
      const withdrawPath = localizedPath(locale, {
        pathname: "/withdraw/[token]",
        params: { token: result.withdrawToken },
      });
      return { status: result.outcome, withdrawPath };
    }
    return { status: result.outcome };
  } catch (error) {
    handleActionFailure("confirmSignatureAction", error);
    return { status: "unavailable" };
  }
}

export async function renewConfirmationAction(
  _previous: ConfirmState,
  posted: FormData,
): Promise<ConfirmState> {
  const formData = submittedForm(posted);
  const token = tokenOf(formData);
  try {
    const phase = await currentPetitionPhase();
    if (phase !== "open") return { status: phase };
    emailLinkLimiter ??= createRateLimiter(pool(), "email-link", EMAIL_LINK_LIMIT);
    const limit = await emailLinkLimiter(await networkHash());
    if (!limit.allowed) return { status: "rate-limited", retryAfterMinutes: limit.retryAfterMinutes };
    const renewed = await renewConfirmation({ db: db(), secret: serverEnv().APP_SECRET }, token);
    if (renewed.outcome === "limited")
      return { status: "rate-limited", retryAfterMinutes: renewed.retryAfterMinutes };
    return { status: renewed.outcome };
  } catch (error) {
    handleActionFailure("renewConfirmationAction", error);
    return { status: "unavailable" };
  }
}

export async function withdrawSignatureAction(
  _previous: WithdrawState,
  posted: FormData,
): Promise<WithdrawState> {
  const formData = submittedForm(posted);
  const token = tokenOf(formData);
  try {
    const withdrawn = await withdrawSignature(db(), token);
    // The name must leave the public list for the very next visitor, not after one more
    // stale view ("max" would serve the old page once while it rebuilds).
    if (withdrawn) revalidateTag(SIGNATURE_COUNTS_TAG, { expire: 0 });
    return { status: withdrawn ? "withdrawn" : "invalid" };
  } catch (error) {
    handleActionFailure("withdrawSignatureAction", error);
    return { status: "unavailable" };
  }
}
