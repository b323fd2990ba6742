// The petition form's one schema, used by the browser for inline errors (loaded when the
// form is first used, see components/petition/petition-form.tsx) and by the server action,
// which is the authority. Error messages are keys of the
// "PetitionForm.errors" messages, so each side shows them in the visitor's language.
import { z } from "zod";
import { fieldErrorsOf, oneOf } from "@/lib/validation/field-errors";
import { isCountryCode } from "@/lib/geo/countries";
import { isMexicanStateCode } from "@/lib/geo/mexican-states";
import {
  ABROAD,
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  SIGNATURE_ERRORS,
  SIGNATURE_FIELDS,
  type SignatureFieldErrors,
} from "./form-fields";
import { hasForbiddenCharacters, hasLetter, looksLikeUrl, normalizeEmail, normalizeText } from "./normalize";

// The form's fields, limits and values, which the browser needs without zod.
export * from "./form-fields";

// How much longer than its maximum a raw field may be: room for the white space that
// normalization collapses. A longer field is refused before normalization or any pattern
// reads it, so a megabyte-long name costs no more than a short one.
const RAW_LENGTH_FACTOR = 4;
// Longer than "abroad" and every state or country code, so a longer value is no code.
const CODE_MAX_LENGTH = 16;

/**
 * A form field as a string (anything else is ""), refused with `tooLong` while still raw
 * when it is longer than RAW_LENGTH_FACTOR times `maxLength`.
 */
function boundedText(maxLength: number, tooLong: string) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z.string().max(maxLength * RAW_LENGTH_FACTOR, tooLong),
  );
}

/** A code from a select; a value longer than any code becomes "", which no check accepts. */
const code = z.preprocess(
  (value) => (typeof value === "string" && value.length <= CODE_MAX_LENGTH ? value : ""),
  z.string(),
);
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

// Each step is its own pipe because a pipe stops at the first failing step: zod 4 runs
// every check of one schema even after one fails, so a `.refine` beside `.max` searched
// names ten times too long for URLs. (`abort: true` on the checks would stop them too,
// but an aborted issue also skips the object's country check, hiding that error until
// the next post.)
const nameSchema = boundedText(NAME_MAX_LENGTH, "nameTooLong")
  .transform(normalizeText)
  .pipe(z.string().min(1, "nameRequired").min(2, "nameTooShort").max(NAME_MAX_LENGTH, "nameTooLong"))
  .pipe(
    z
      .string()
      .refine((name) => !hasForbiddenCharacters(name), "nameInvalidCharacters")
      .refine((name) => !looksLikeUrl(name), "nameHasUrl")
      .refine(hasLetter, "nameInvalid"),
  );

const emailSchema = boundedText(EMAIL_MAX_LENGTH, "emailTooLong")
  .transform(normalizeEmail)
  .pipe(z.string().min(1, "emailRequired").max(EMAIL_MAX_LENGTH, "emailTooLong"))
  .pipe(z.string().refine((email) => !hasForbiddenCharacters(email), "emailInvalid"))
  .pipe(z.email("emailInvalid"));

export const signatureSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    residence: code.refine((value) => value === ABROAD || isMexicanStateCode(value), "residenceRequired"),
    // ASCII letters only: full Unicode upper-casing would turn "ß" into "SS" (a real code).
    country: code.transform((value) => value.trim().replace(/[a-z]/g, (letter) => letter.toUpperCase())),
    // Consent to the privacy notice is required before any personal data is stored
    // (LFPDPPP art. 8: consent of the data subject).
    privacyConsent: checkbox.refine((given) => given, "consentRequired"),
    showName: checkbox,
    wantsUpdates: checkbox,
  })
  .superRefine((value, context) => {
    if (value.residence === ABROAD && (!isCountryCode(value.country) || value.country === "MX")) {
      context.addIssue({ code: "custom", path: ["country"], message: "countryRequired" });
    }
  })
  .transform(({ residence, country, ...rest }) => ({
    ...rest,
    countryCode: residence === ABROAD ? country : "MX",
    stateCode: residence === ABROAD ? null : residence,
  }));

export type SignatureInput = z.output<typeof signatureSchema>;

export type ParseResult =
  { success: true; data: SignatureInput } | { success: false; fieldErrors: SignatureFieldErrors };

/** Validates form data; errors are message keys, the first one per field. */
export function parseSignature(data: Record<string, unknown>): ParseResult {
  const result = signatureSchema.safeParse(data);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    fieldErrors: fieldErrorsOf(result.error, {
      isField: oneOf(SIGNATURE_FIELDS),
      keys: SIGNATURE_ERRORS,
      fallback: "nameInvalid",
    }),
  };
}
