// The petition's own limits per network; lib/security/rate-limit.ts counts them.
import type { RateLimitRule } from "@/lib/security/rate-limit";

/** Signatures per network an hour (SIGNATURES_PER_NETWORK_PER_HOUR). */
export function signLimit(perHour: number): RateLimitRule {
  return { points: perHour, windowSeconds: 60 * 60 };
}
export const EMAIL_LINK_LIMIT: RateLimitRule = { points: 20, windowSeconds: 60 * 60 };
