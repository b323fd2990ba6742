/** How long a confirmation link works; after that the page offers to send a new one. */
export const CONFIRMATION_TTL_HOURS = 72;
