// The criterion an organizer invalidates signatures by: an email domain, a network
// (hashed address), a span of signing time, or several of them together (all must hold).
// Error messages are keys of the "OrganizerAbuse.errors" messages.
import { z } from "zod";
import { parseCampaignDateTime } from "@/lib/campaign-time";
import { fieldErrorsOf, oneOf, type FieldErrors } from "@/lib/validation/field-errors";

/** What the form sends, kept as typed so a rejected form refills itself. */
export interface CriterionValues {
  emailDomain: string;
  ipHash: string;
  signedFrom: string;
  signedUntil: string;
}

export interface Criterion {
  /** Lower-case domain after the @, matched exactly (subdomains are other domains). */
  emailDomain: string | null;
  /** Full keyed hash of the network address, 64 hex characters. */
  ipHash: string | null;
  /** Signed at or after this instant. */
  signedFrom: Date | null;
  /** Signed before this instant. */
  signedUntil: Date | null;
}

export type CriterionField = keyof CriterionValues;
const CRITERION_ERRORS = [
  "criterionRequired",
  "domainInvalid",
  "ipHashInvalid",
  "dateInvalid",
  "rangeReversed",
] as const;
export type CriterionError = (typeof CRITERION_ERRORS)[number];
/** Errors by field; "criterion" holds what concerns the form as a whole. */
export type CriterionFieldErrors = FieldErrors<CriterionField | "criterion", CriterionError>;

export const EMPTY_CRITERION: CriterionValues = {
  emailDomain: "",
  ipHash: "",
  signedFrom: "",
  signedUntil: "",
};

export const IP_HASH_PATTERN = "[0-9a-fA-F]{64}";
const DOMAIN_MAX_LENGTH = 253;
// The domains the petition's email check lets through: ASCII labels and a letters-only top level.
const DOMAIN = /^(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/;

const text = z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), z.string());

const emailDomain = text
  .transform((value) => value.toLowerCase().replace(/^@/, ""))
  .refine(
    (value) => value === "" || (value.length <= DOMAIN_MAX_LENGTH && DOMAIN.test(value)),
    "domainInvalid",
  );

const ipHash = text
  .transform((value) => value.toLowerCase())
  .refine((value) => value === "" || new RegExp(`^${IP_HASH_PATTERN}$`).test(value), "ipHashInvalid");

const campaignDateTime = text.transform((value, context) => {
  if (value === "") return null;
  const instant = parseCampaignDateTime(value);
  if (!instant) {
    context.addIssue({ code: "custom", message: "dateInvalid" });
    return z.NEVER;
  }
  return instant;
});

export const criterionSchema = z
  .object({ emailDomain, ipHash, signedFrom: campaignDateTime, signedUntil: campaignDateTime })
  .superRefine((value, context) => {
    if (!value.emailDomain && !value.ipHash && !value.signedFrom && !value.signedUntil) {
      context.addIssue({ code: "custom", path: ["criterion"], message: "criterionRequired" });
    }
    if (value.signedFrom && value.signedUntil && value.signedFrom >= value.signedUntil) {
      context.addIssue({ code: "custom", path: ["signedUntil"], message: "rangeReversed" });
    }
  })
  .transform((value): Criterion => ({
    emailDomain: value.emailDomain || null,
    ipHash: value.ipHash || null,
    signedFrom: value.signedFrom,
    signedUntil: value.signedUntil,
  }));

export type CriterionResult =
  { success: true; criterion: Criterion } | { success: false; fieldErrors: CriterionFieldErrors };

const isCriterionField = oneOf(["emailDomain", "ipHash", "signedFrom", "signedUntil", "criterion"] as const);

/** The form's errors for a refused criterion. */
export function criterionFieldErrors(error: z.ZodError): CriterionFieldErrors {
  return fieldErrorsOf(error, {
    isField: isCriterionField,
    keys: CRITERION_ERRORS,
    fallback: "criterionRequired",
    formField: "criterion",
  });
}

export function parseCriterion(values: CriterionValues): CriterionResult {
  const result = criterionSchema.safeParse(values);
  if (result.success) return { success: true, criterion: result.data };
  return { success: false, fieldErrors: criterionFieldErrors(result.error) };
}

/** The criterion fields of a submitted form (or a query string), bounded in length. */
export function criterionValues(read: (name: CriterionField) => unknown): CriterionValues {
  const value = (name: CriterionField) => {
    const raw = read(name);
    return typeof raw === "string" ? raw.slice(0, 300) : "";
  };
  return {
    emailDomain: value("emailDomain"),
    ipHash: value("ipHash"),
    signedFrom: value("signedFrom"),
    signedUntil: value("signedUntil"),
  };
}

/** The values a parsed criterion shows with: domain and hash as they are matched, times as typed. */
export function normalizedValues(values: CriterionValues, criterion: Criterion): CriterionValues {
  return { ...values, emailDomain: criterion.emailDomain ?? "", ipHash: criterion.ipHash ?? "" };
}
