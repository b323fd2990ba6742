// When a burst of signatures becomes worth an organizer's look. These are hints, not
// verdicts: a school, an office or a mobile carrier can put hundreds of people behind one
// address, and a single post shared widely brings many signatures at once.

/** Signals count the signatures created in this many minutes before now. */
export const SIGNAL_WINDOW_MINUTES = 60;

/** Signatures from one network (hashed address) in the window that make a signal. */
export const NETWORK_THRESHOLD = 10;

/** Signatures from one email domain in the window that make a signal. */
export const DOMAIN_THRESHOLD = 10;

/**
 * Most people in Mexico sign with one of these providers, so ten of them in an hour is an
 * ordinary afternoon; only a burst far above normal traffic is worth a look. A custom or
 * disposable domain reaching ten in an hour is unusual by itself.
 */
export const WEBMAIL_DOMAIN_THRESHOLD = 250;

export const WEBMAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.es",
  "hotmail.com.mx",
  "outlook.com",
  "outlook.es",
  "live.com",
  "live.com.mx",
  "msn.com",
  "yahoo.com",
  "yahoo.com.mx",
  "yahoo.es",
  "icloud.com",
  "me.com",
  "prodigy.net.mx",
  "proton.me",
  "protonmail.com",
];

/** At most this many signals of each kind are shown, the largest first. */
export const SIGNAL_LIMIT = 20;

export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL_DOMAINS.includes(domain.toLowerCase());
}
