/** The longest address there can be (RFC 5321's path limit): the sign-in field stops there too. */
export const SIGN_IN_EMAIL_MAX_LENGTH = 254;
