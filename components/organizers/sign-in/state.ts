export type SignInLinkState =
  | { status: "idle" }
  | { status: "sent"; email: string }
  | { status: "invalid"; email: string }
  | { status: "rate-limited"; email: string; retryAfterMinutes: number }
  | { status: "unavailable"; email: string };

export type SignInState = { status: "idle" | "invalid" | "unavailable" };

export const initialSignInLinkState: SignInLinkState = { status: "idle" };

export const initialSignInState: SignInState = { status: "idle" };
