// Absolute links that go into emails: the signature's and the organizer's token pages.
import { localizedUrl } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type TokenPath = "/confirm/[token]" | "/withdraw/[token]" | "/organizers/sign-in/[token]";

export function tokenLink(siteUrl: string, locale: Locale, path: TokenPath, token: string): string {
  return localizedUrl(siteUrl, locale, { pathname: path, params: { token } });
}
