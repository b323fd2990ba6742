/** How long a confirmation link works; after that the page offers to send a new one. */
export const CONFIRMATION_TTL_HOURS = 72;

export function confirmationExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + CONFIRMATION_TTL_HOURS * 60 * 60 * 1000);
}
