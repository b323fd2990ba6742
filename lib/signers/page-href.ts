import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

/** The address of a page of the list in a language: /es/firmantes, /es/firmantes/2… */
export function signersPageHref(locale: Locale, page: number): string {
  if (page <= 1) return getPathname({ locale, href: "/signers" });
  return getPathname({ locale, href: { pathname: "/signers/[page]", params: { page: String(page) } } });
}
