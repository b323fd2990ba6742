import type { SignatureFieldErrors, SignatureFormValues } from "@/lib/petition/schema";

export type SignState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: SignatureFieldErrors; values: SignatureFormValues }
  | { status: "rate-limited"; retryAfterMinutes: number; values: SignatureFormValues }
  | { status: "unavailable"; values: SignatureFormValues }
  | { status: "closed" | "not-open"; values: SignatureFormValues };

export const initialSignState: SignState = { status: "idle" };
