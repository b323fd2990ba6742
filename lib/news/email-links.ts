// The absolute links campaign emails carry about news, built from the localized path names
// in i18n/routing.ts like the signature links in lib/petition/links.ts.
import { routing, type Locale } from "@/i18n/routing";
import { deriveToken } from "@/lib/security/tokens";

/** The token in a signer's unsubscribe links: derived again from APP_SECRET, never stored. */
export function unsubscribeToken(secret: string, signatureId: string): string {
  return deriveToken(secret, "unsubscribe", signatureId);
}

/** The path of the page with the one button that stops news (/es/dejar-de-recibir-noticias/…). */
export function unsubscribePagePath(locale: Locale, token: string): string {
  const path = routing.pathnames["/unsubscribe/[token]"][locale];
  return `/${locale}${path.replace("[token]", encodeURIComponent(token))}`;
}

export function unsubscribePageUrl(siteUrl: string, locale: Locale, token: string): string {
  return `${siteUrl}${unsubscribePagePath(locale, token)}`;
}

/** Where mail providers send the RFC 8058 one-click POST; outside the localized pages. */
export function oneClickUnsubscribeUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/api/news/unsubscribe/${encodeURIComponent(token)}`;
}

/** An update's public page in one language (/es/novedades/<slug>, /en/news/<slug>). */
export function newsPageUrl(siteUrl: string, locale: Locale, slug: string): string {
  const path = routing.pathnames["/news/[slug]"][locale];
  return `${siteUrl}/${locale}${path.replace("[slug]", encodeURIComponent(slug))}`;
}

/**
 * RFC 8058 one-click unsubscribe: the mail provider shows its own "unsubscribe" button and
 * POSTs "List-Unsubscribe=One-Click" to the URL, without the person opening the site.
 */
export function listUnsubscribeHeaders(siteUrl: string, token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(siteUrl, token)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
