"use server";

import { refresh, updateTag } from "next/cache";
import { db } from "@/lib/db";
import {
  criterionFieldErrors,
  criterionSchema,
  criterionValues,
  normalizedValues,
  type CriterionValues,
} from "@/lib/organizers/abuse/criterion";
import { invalidateSignatures, previewInvalidation } from "@/lib/organizers/abuse/invalidate";
import { organizerAction } from "@/lib/organizers/organizer-action";
import { SIGNATURE_COUNTS_TAG } from "@/lib/stats/public-stats";
import type { InvalidationState } from "./state";

/** The count shown in the preview; anything else never matches, so a new preview is shown. */
function expectedCount(formData: FormData): number {
  const value = Number(formData.get("expected"));
  return Number.isSafeInteger(value) && value > 0 ? value : -1;
}

/**
 * The invalidation form's one action. intent "preview" counts the matches, "invalidate"
 * acts on them if they are still the previewed number, "edit" goes back to the fields.
 */
export const invalidationAction = organizerAction({
  name: "invalidationAction",
  read: (formData): CriterionValues => criterionValues((name) => formData.get(name)),
  schema: criterionSchema,
  invalid: (values, error): InvalidationState => ({
    status: "editing",
    values,
    fieldErrors: criterionFieldErrors(error),
  }),
  unavailable: (values): InvalidationState => ({ status: "unavailable", values }),
  async run({ organizer, values, input: criterion, formData }): Promise<InvalidationState> {
    const intent = formData.get("intent");
    if (intent === "edit") return { status: "editing", values };
    const shown = normalizedValues(values, criterion);
    if (intent !== "invalidate") {
      const preview = await previewInvalidation(db(), criterion);
      return { status: "preview", values: shown, changed: false, ...preview };
    }

    const result = await invalidateSignatures(db(), {
      criterion,
      organizerEmail: organizer.email,
      expected: expectedCount(formData),
    });
    if (result.outcome === "changed") {
      return {
        status: "preview",
        values: shown,
        changed: true,
        matched: result.matched,
        confirmed: result.confirmed,
      };
    }
    // updateTag, not revalidateTag: the public count drops for its very next reader.
    updateTag(SIGNATURE_COUNTS_TAG);
    // The log and the signals on this page change too.
    refresh();
    return {
      status: "invalidated",
      signatureCount: result.signatureCount,
      confirmedCount: result.confirmedCount,
    };
  },
});
