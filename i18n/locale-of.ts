import { routing, type Locale } from "./routing";

/** One of the site's languages, or the default one for anything else (a stray value, a job payload). */
export function asLocale(value: unknown): Locale {
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale;
}

/**
 * The page's language, sent by forms as a hidden "locale" field rather than as a bound
 * argument: React 19.3 re-renders the form state of a bound action forever when the form
 * is posted without JavaScript.
 */
export function localeFromForm(formData: FormData): Locale {
  return asLocale(formData.get("locale"));
}
