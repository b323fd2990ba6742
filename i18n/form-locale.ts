import { routing, type Locale } from "./routing";

/**
 * The page's language, sent by forms as a hidden "locale" field rather than as a bound
 * argument: React 19.3 re-renders the form state of a bound action forever when the form
 * is posted without JavaScript. Anything unexpected means the default language.
 */
export function localeFromForm(formData: FormData): Locale {
  const value = formData.get("locale");
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale;
}
