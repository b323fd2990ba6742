// Normalization applied before anything is validated or stored.

// Control, format (zero-width, bidirectional overrides, soft hyphen...), private-use,
// surrogate, unassigned and line/paragraph separator characters: invisible or
// reordering text that can disguise a name; never part of a real one.
const FORBIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}]/u;

// A scheme ("https://"), "www." or a word of two or more letters, digits or hyphens
// followed by a common top-level domain ("ejemplo.com", "mi-sitio.mx").
// Every branch does a fixed amount of work at each position, so a long input costs linear
// time. The earlier `[a-z][a-z0-9+.-]*:\/\/` and `[\p{L}\p{N}-]{2,}\.` rescanned the rest
// of a long run from every start, which made a 100,000-letter name take seconds. "://"
// alone matches wherever a scheme did, and a fixed two-character lookbehind asks what
// `{2,}` asked: at least two such characters just before the dot.
const URL_LIKE =
  /:\/\/|www\.|(?<=[\p{L}\p{N}-]{2})\.(?:com|net|org|info|biz|mx|io|co|me|ly|xyz|app|dev|link|site|online|ru|cn|tk|top|click)\b/iu;

/** Trims, applies Unicode NFC and collapses runs of white space to one space. */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN_CHARACTERS.test(value);
}

export function looksLikeUrl(value: string): boolean {
  return URL_LIKE.test(value);
}

export function hasLetter(value: string): boolean {
  return /\p{L}/u.test(value);
}

/** The address emails are sent to: trimmed, NFC, lower-cased. */
export function normalizeEmail(value: string): string {
  return value.normalize("NFC").trim().toLowerCase();
}

// Providers that ignore dots in the local part, so a.b@gmail.com and ab@gmail.com are one mailbox.
const DOT_INSENSITIVE_DOMAINS: Record<string, string> = {
  "gmail.com": "gmail.com",
  "googlemail.com": "gmail.com",
};

/**
 * One key per mailbox, used for de-duplication: the +tag is dropped (every large provider
 * delivers a+tag@ to a@) and dots are removed where the provider ignores them.
 */
export function canonicalEmail(value: string): string {
  const email = normalizeEmail(value);
  const at = email.lastIndexOf("@");
  if (at < 1) return email;
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOT_INSENSITIVE_DOMAINS[domain];
  if (dotless) {
    local = local.replaceAll(".", "");
    domain = dotless;
  }
  return `${local}@${domain}`;
}
