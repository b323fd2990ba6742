import type { SubmissionResult } from "@/lib/petition/submit-signature";
import type { SignatureFormValues } from "@/lib/petition/schema";

/** What the petition form shows: a submission's answer (success redirects instead), or the database away. */
export type SignState =
  | { status: "idle" }
  | Exclude<SubmissionResult, { status: "signed" }>
  | { status: "unavailable"; values: SignatureFormValues };

export const initialSignState: SignState = { status: "idle" };
