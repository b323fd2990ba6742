// The absolute links campaign emails carry about news, built like every localized address
// (localizedPath in i18n/navigation.ts).
import { localizedPath, localizedUrl } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { deriveToken } from "@/lib/security/tokens";

/** The token in a signer's unsubscribe links: derived again from APP_SECRET, never stored. */
export function unsubscribeToken(secret: string, signatureId: string): string {
  return deriveToken(secret, "unsubscribe", signatureId);
}

/** The path of the page with the one button that stops news (/es/dejar-de-recibir-noticias/…). */
export function unsubscribePagePath(locale: Locale, token: string): string {
  return localizedPath(locale, { pathname: "/unsubscribe/[token]", params: { token } });
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
  return localizedUrl(siteUrl, locale, { pathname: "/news/[slug]", params: { slug } });
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
