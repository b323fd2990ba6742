import type { CriterionFieldErrors, CriterionValues } from "@/lib/organizers/abuse/criterion";

export type InvalidationState =
  | { status: "editing"; values: CriterionValues; fieldErrors?: CriterionFieldErrors }
  | { status: "unavailable"; values: CriterionValues }
  /** `changed`: the organizer asked to invalidate, but the matches were no longer the previewed ones. */
  | { status: "preview"; values: CriterionValues; matched: number; confirmed: number; changed: boolean }
  | { status: "invalidated"; signatureCount: number; confirmedCount: number };

/** The form starts on its fields, filled from the address bar when a signal linked here. */
export function initialInvalidationState(values: CriterionValues): InvalidationState {
  return { status: "editing", values };
}
