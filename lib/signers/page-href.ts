import { localizedPath } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

/** The address of a page of the list in a language: /es/firmantes, /es/firmantes/2… */
export function signersPageHref(locale: Locale, page: number): string {
  if (page <= 1) return localizedPath(locale, "/signers");
  return localizedPath(locale, { pathname: "/signers/[page]", params: { page: String(page) } });
}
