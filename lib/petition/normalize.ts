// Normalization applied before anything is validated or stored.

// Control, format (zero-width, bidirectional overrides, soft hyphen...), private-use,
// surrogate, unassigned and line/paragraph separator characters: invisible or
// reordering text that can disguise a name; never part of a real one.
const FORBIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}]/u;

const URL_LIKE =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[\p{L}\p{N}-]{2,}\.(?:com|net|org|info|biz|mx|io|co|me|ly|xyz|app|dev|link|site|online|ru|cn|tk|top|click)\b/iu;

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
