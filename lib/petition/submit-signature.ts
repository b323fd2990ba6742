// A submission of the petition form from start to end, without the framework: the action
// hands over the request's pieces (fields, network, referral) and the dependencies, so
// tests drive exactly what the server runs, against a real database.
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import type { PetitionPhase } from "@/lib/settings/schema";
import type { CountedLimit } from "@/lib/security/rate-limit";
import { sanitizeReferral } from "./referral";
import { formValues, parseSignature, type SignatureFieldErrors, type SignatureFormValues } from "./schema";
import { signPetition } from "./sign";
import { hashNetworkAddress } from "@/lib/security/client-address";

export type SubmissionResult =
  | { status: "signed" }
  | { status: "invalid"; fieldErrors: SignatureFieldErrors; values: SignatureFormValues }
  | { status: "rate-limited"; retryAfterMinutes: number; values: SignatureFormValues }
  | { status: "closed" | "not-open"; values: SignatureFormValues };

export interface SubmissionContext {
  db: Database;
  secret: string;
  /** The limit each network's keyed hash is counted against, as the signature is stored (sign.ts). */
  signLimit: CountedLimit;
  petitionPhase: () => Promise<PetitionPhase>;
  /** The stored id of the privacy notice in force in a language (lib/consent/current-notice.ts). */
  privacyNoticeId: (locale: Locale) => Promise<string>;
  now?: Date;
}

export interface Submission {
  /** The form's fields as posted (Object.fromEntries of its FormData). */
  fields: Record<string, unknown>;
  locale: Locale;
  /** The client's network, as lib/security/client-address.ts decided it; hashed before use. */
  network: string;
  /** The referral cookie, if any. */
  referral: string | undefined;
}

/**
 * Validates, checks the dates, and stores within the network's limit. Expected failures come
 * back with the values, so nothing the person typed is lost; the database being away
 * throws, and the caller answers "try again". Bots (the hidden field filled) get the same
 * answer as people and nothing is stored.
 */
export async function submitSignature(
  context: SubmissionContext,
  { fields, locale, network, referral }: Submission,
): Promise<SubmissionResult> {
  const values = formValues(fields);
  const isBot = typeof fields.website === "string" && fields.website.trim() !== "";
  if (isBot) return { status: "signed" };

  const parsed = parseSignature(fields);
  if (!parsed.success) return { status: "invalid", fieldErrors: parsed.fieldErrors, values };

  const phase = await context.petitionPhase();
  if (phase !== "open") return { status: phase, values };

  const ipHash = hashNetworkAddress(context.secret, network);
  // The signer accepted the notice of the form's language; it is recorded with the signature.
  const noticeId = await context.privacyNoticeId(locale);
  const outcome = await signPetition(
    { db: context.db, secret: context.secret, now: context.now, networkLimit: context.signLimit },
    { ...parsed.data, locale, source: sanitizeReferral(referral), ipHash, noticeId },
  );
  if (typeof outcome === "object")
    return { status: "rate-limited", retryAfterMinutes: outcome.retryAfterMinutes, values };
  return { status: "signed" };
}
