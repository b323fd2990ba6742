// Hiding a name from the public list. The signature still counts and its owner keeps
// every right over it (withdrawal erases it as usual); only the public list stops showing
// the name. Who hid it and why is kept, so the decision can be reviewed.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Database } from "@/lib/db";
import { hasForbiddenCharacters, normalizeText } from "@/lib/petition/normalize";
import { SHOWN_SIGNATURE } from "@/lib/signers/public-list";
import { fieldErrorsOf, oneOf, type FieldErrors } from "@/lib/validation/field-errors";
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from "./limits";

/** Error keys of "OrganizerSigners.errors". */
const HIDE_ERRORS = [
  "signatureInvalid",
  "reasonRequired",
  "reasonTooShort",
  "reasonTooLong",
  "reasonInvalidCharacters",
] as const;
export type HideError = (typeof HIDE_ERRORS)[number];
export type HideFieldErrors = FieldErrors<"signatureId" | "reason", HideError>;

const text = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());

export const hideRequestSchema = z.object({
  signatureId: text.pipe(z.uuid("signatureInvalid")),
  // White space (a pasted line break too) becomes single spaces first; what is left of
  // control and format characters has no place in a reason someone will read later.
  reason: text.transform(normalizeText).pipe(
    z
      .string()
      .min(1, "reasonRequired")
      .min(REASON_MIN_LENGTH, "reasonTooShort")
      .max(REASON_MAX_LENGTH, "reasonTooLong")
      .refine((value) => !hasForbiddenCharacters(value), "reasonInvalidCharacters"),
  ),
});

export type HideResult =
  | { outcome: "hidden"; name: string }
  | { outcome: "invalid"; errors: HideFieldErrors }
  /** Already hidden, by this organizer or another one. */
  | { outcome: "already-hidden" }
  /** Not on the list: pending, withdrawn, set aside, erased, not shown, or unknown. */
  | { outcome: "not-listed" };

function fieldErrors(error: z.ZodError): HideFieldErrors {
  return fieldErrorsOf(error, {
    isField: oneOf(["signatureId", "reason"] as const),
    keys: HIDE_ERRORS,
    fallback: "signatureInvalid",
  });
}

/**
 * Hides one name, in one statement that only writes for a signature that is confirmed and
 * shown. The row is locked (FOR SHARE) while the statement runs: a withdrawal under way
 * finishes first, and then the signature no longer qualifies. Counts are not touched.
 */
export async function hidePublicName(
  db: Database,
  request: { signatureId: unknown; reason: unknown; organizerEmail: string },
): Promise<HideResult> {
  const parsed = hideRequestSchema.safeParse(request);
  if (!parsed.success) return { outcome: "invalid", errors: fieldErrors(parsed.error) };
  const { signatureId, reason } = parsed.data;

  const rows = await db.$queryRaw<{ name: string; hidden: boolean }[]>`
    WITH target AS (
      SELECT s."id", s."name" FROM "signature" s
      WHERE s."id" = ${signatureId}::uuid AND ${SHOWN_SIGNATURE}
      FOR SHARE
    ),
    hidden AS (
      INSERT INTO "public_name_hiding" ("id", "signature_id", "organizer_email", "reason")
      SELECT ${randomUUID()}::uuid, t."id", ${request.organizerEmail}, ${reason} FROM target t
      ON CONFLICT ("signature_id") DO NOTHING
      RETURNING "signature_id"
    )
    SELECT t."name", EXISTS (SELECT 1 FROM hidden) AS hidden FROM target t`;
  const row = rows[0];
  if (!row) return { outcome: "not-listed" };
  return row.hidden ? { outcome: "hidden", name: row.name } : { outcome: "already-hidden" };
}
