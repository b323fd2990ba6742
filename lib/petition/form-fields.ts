// The petition form's fields, limits, error keys and raw values: what the form needs to
// render without loading zod, which only ./schema.ts (the checks) imports.
import type { FieldErrors } from "@/lib/validation/field-errors";

export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
/** The residence value of people who live outside Mexico; they then choose a country. */
export const ABROAD = "abroad";

export const SIGNATURE_FIELDS = ["name", "email", "residence", "country", "privacyConsent"] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];

/** Keys of the "PetitionForm.errors" messages. */
export const SIGNATURE_ERRORS = [
  "nameRequired",
  "nameTooShort",
  "nameTooLong",
  "nameInvalidCharacters",
  "nameHasUrl",
  "nameInvalid",
  "emailRequired",
  "emailInvalid",
  "emailTooLong",
  "residenceRequired",
  "countryRequired",
  "consentRequired",
] as const;
export type SignatureError = (typeof SIGNATURE_ERRORS)[number];
export type SignatureFieldErrors = FieldErrors<SignatureField, SignatureError>;

/** The raw values the form sends back to refill itself after an error. */
export interface SignatureFormValues {
  name: string;
  email: string;
  residence: string;
  country: string;
  privacyConsent: boolean;
  showName: boolean;
  wantsUpdates: boolean;
}

export function formValues(data: Record<string, unknown>): SignatureFormValues {
  const str = (key: string) => (typeof data[key] === "string" ? (data[key] as string).slice(0, 500) : "");
  const on = (key: string) => data[key] === "on" || data[key] === true || data[key] === "true";
  return {
    name: str("name"),
    email: str("email"),
    residence: str("residence"),
    country: str("country"),
    privacyConsent: on("privacyConsent"),
    showName: on("showName"),
    wantsUpdates: on("wantsUpdates"),
  };
}
