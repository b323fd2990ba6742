// An update's address comes from its Spanish title: "¿Qué sigue en el Senado?" becomes
// /es/novedades/que-sigue-en-el-senado and /en/news/que-sigue-en-el-senado. ASCII only, so
// the address survives being pasted into a chat or read aloud.

/** Longest slug before a suffix ("-2") is added; the column holds 80 characters. */
export const SLUG_BASE_MAX_LENGTH = 60;

/** The slug of a title with no letters or digits left (only emoji or punctuation). */
export const FALLBACK_SLUG = "novedad";

/** Lower-case ASCII letters and digits separated by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugFromTitle(title: string): string {
  const words = title
    // "á" becomes "a" and a combining accent, which goes; so do letters with no ASCII
    // form ("ß"), without splitting their word. Everything else separates words.
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\p{M}+/gu, "")
    .replace(/(?![a-z0-9])[\p{L}\p{N}]/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= SLUG_BASE_MAX_LENGTH) return words || FALLBACK_SLUG;
  const cut = words.slice(0, SLUG_BASE_MAX_LENGTH + 1);
  // Cut at the last whole word that fits, or in the middle of a very long one.
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_BASE_MAX_LENGTH)).replace(/-+$/, "");
}

/** The n-th candidate for a base: the base itself, then base-2, base-3... */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}

/** Whether a slug is this base or one of its numbered candidates. */
export function slugHasBase(slug: string, base: string): boolean {
  return slug === base || new RegExp(`^${base}-[0-9]+$`).test(slug);
}
