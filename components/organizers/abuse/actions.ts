"use server";

import { refresh, updateTag } from "next/cache";
import { localeFromForm } from "@/i18n/locale-of";
import { db } from "@/lib/db";
import { handleActionFailure } from "@/lib/errors";
import {
  criterionValues,
  normalizedValues,
  parseCriterion,
  type CriterionFieldErrors,
  type CriterionValues,
} from "@/lib/organizers/abuse/criterion";
import { invalidateSignatures, previewInvalidation } from "@/lib/organizers/abuse/invalidate";
import { organizerForAction } from "@/lib/organizers/current";
import { SIGNATURE_COUNTS_TAG } from "@/lib/stats/public-stats";

export type InvalidationState =
  | { status: "editing"; values: CriterionValues; fieldErrors?: CriterionFieldErrors }
  | { status: "unavailable"; values: CriterionValues }
  /** `changed`: the organizer asked to invalidate, but the matches were no longer the previewed ones. */
  | { status: "preview"; values: CriterionValues; matched: number; confirmed: number; changed: boolean }
  | { status: "invalidated"; signatureCount: number; confirmedCount: number };

/** The count shown in the preview; anything else never matches, so a new preview is shown. */
function expectedCount(formData: FormData): number {
  const value = Number(formData.get("expected"));
  return Number.isSafeInteger(value) && value > 0 ? value : -1;
}

/**
 * The invalidation form's one action. intent "preview" counts the matches, "invalidate"
 * acts on them if they are still the previewed number, "edit" goes back to the fields.
 */
export async function invalidationAction(
  _previous: InvalidationState,
  formData: FormData,
): Promise<InvalidationState> {
  const locale = localeFromForm(formData);
  const values = criterionValues((name) => formData.get(name));
  const organizer = await organizerForAction(locale);
  if (!organizer) return { status: "unavailable", values };

  const intent = formData.get("intent");
  if (intent === "edit") return { status: "editing", values };
  const parsed = parseCriterion(values);
  if (!parsed.success) return { status: "editing", values, fieldErrors: parsed.fieldErrors };
  const { criterion } = parsed;
  const shown = normalizedValues(values, criterion);

  let result;
  try {
    if (intent !== "invalidate") {
      const preview = await previewInvalidation(db(), criterion);
      return { status: "preview", values: shown, changed: false, ...preview };
    }
    result = await invalidateSignatures(db(), {
      criterion,
      organizerEmail: organizer.email,
      expected: expectedCount(formData),
    });
  } catch (error) {
    handleActionFailure("invalidationAction", error);
    return { status: "unavailable", values };
  }

  if (result.outcome === "changed") {
    return {
      status: "preview",
      values: shown,
      changed: true,
      matched: result.matched,
      confirmed: result.confirmed,
    };
  }
  updateTag(SIGNATURE_COUNTS_TAG);
  // The log and the signals on this page change too.
  refresh();
  return {
    status: "invalidated",
    signatureCount: result.signatureCount,
    confirmedCount: result.confirmedCount,
  };
}
