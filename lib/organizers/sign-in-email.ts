import { z } from "zod";
import { SIGN_IN_EMAIL_MAX_LENGTH } from "./sign-in-email-length";

const emailField = z.email().max(SIGN_IN_EMAIL_MAX_LENGTH);

/**
 * The address typed on the sign-in form: what to show back (cut to a sane length) and the
 * address to look up, or null when it is not an address.
 */
export function parseSignInEmail(posted: unknown): { typed: string; email: string | null } {
  const typed = (typeof posted === "string" ? posted : "").slice(0, 320);
  const parsed = emailField.safeParse(typed.trim().toLowerCase());
  return { typed, email: parsed.success ? parsed.data : null };
}
