// Absolute links that go into emails, built from the localized path names in i18n/routing.ts.
import { routing, type Locale } from "@/i18n/routing";

type TokenPath = "/confirm/[token]" | "/withdraw/[token]" | "/organizers/sign-in/[token]";

export function tokenLink(siteUrl: string, locale: Locale, path: TokenPath, token: string): string {
  const localized = routing.pathnames[path][locale];
  return `${siteUrl}/${locale}${localized.replace("[token]", encodeURIComponent(token))}`;
}
