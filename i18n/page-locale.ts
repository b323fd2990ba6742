import { notFound } from "next/navigation";
import { hasLocale, type Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing } from "./routing";

/**
 * The language of a page under `app/[locale]`, from its route parameters. It is also set as
 * the request's locale, so everything the page renders can call `getLocale()` or `useLocale()`
 * and stay prerenderable. A segment that is not one of the site's languages is a 404.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
