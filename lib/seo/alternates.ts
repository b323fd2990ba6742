import type { Metadata } from "next";
import { localizedUrl } from "@/i18n/navigation";
import { routing, type StaticPathname, type Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";

/** Canonical URL and hreflang alternates of one page, in every locale. */
export function localeAlternates(locale: Locale, href: StaticPathname): Metadata["alternates"] {
  const urlFor = (target: Locale) => localizedUrl(siteUrl(), target, href);
  return {
    canonical: urlFor(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((target) => [target, urlFor(target)])),
      "x-default": urlFor(routing.defaultLocale),
    },
  };
}
