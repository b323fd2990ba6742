/** A sign-in link works once, for this long (shared by the server and the sign-in pages). */
export const SIGN_IN_LINK_TTL_MINUTES = 15;
