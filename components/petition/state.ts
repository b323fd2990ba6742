import type { SubmissionResult } from "@/lib/petition/submit-signature";
import type { SignatureFormValues } from "@/lib/petition/form-fields";

/** What the petition form shows: a submission's answer (success redirects instead), the database away, or the server too busy. */
export type SignState =
  | { status: "idle" }
  | Exclude<SubmissionResult, { status: "signed" }>
  | { status: "unavailable"; values: SignatureFormValues }
  // Sent with JavaScript and refused by a busy server (or lost on the way): nothing recorded.
  | { status: "busy"; values: SignatureFormValues };

export const initialSignState: SignState = { status: "idle" };

export type ConfirmState =
  | { status: "idle" }
  | { status: "confirmed" | "already-confirmed"; withdrawPath: string }
  | { status: "expired" | "invalid" | "renewed" | "unavailable" | "closed" | "not-open" }
  | { status: "rate-limited"; retryAfterMinutes: number };

/** The confirmation page's two forms (confirm, ask for a new link) both start here. */
export const initialConfirmState: ConfirmState = { status: "idle" };

export type WithdrawState = { status: "idle" | "withdrawn" | "invalid" | "unavailable" };

export const initialWithdrawState: WithdrawState = { status: "idle" };
