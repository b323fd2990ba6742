import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

/**
 * The address of a page of the list in a language. Later pages use the internal path
 * (/es/signers/2): next-intl serves it as it is while i18n/routing.ts has no localized
 * "/signers/[page]", and redirects it to the localized one (/es/firmantes/2) once it has.
 */
export function signersPageHref(locale: Locale, page: number): string {
  if (page <= 1) return getPathname({ locale, href: "/signers" });
  return `/${locale}/signers/${page}`;
}
