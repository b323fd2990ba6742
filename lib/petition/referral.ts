export const REFERRAL_COOKIE = "ref";

/** A campaign source such as "whatsapp" or "newsletter-march": short, plain, never personal. */
export function sanitizeReferral(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toLowerCase() ?? "";
  return /^[a-z0-9][a-z0-9_.-]{0,63}$/.test(trimmed) ? trimmed : null;
}

export function referralFrom(params: URLSearchParams): string | null {
  return sanitizeReferral(params.get("utm_source") ?? params.get("ref"));
}
