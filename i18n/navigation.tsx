import { hasLocale } from "next-intl";
import { createNavigation } from "next-intl/navigation";
import type { ComponentProps } from "react";
import { routing, type Locale } from "./routing";

const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, without prefetching: a phone on a metered plan should not download every
 * page the header and footer name (their data and their scripts) to read one. A click still
 * navigates without a full reload.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}

type Href = Parameters<typeof getPathname>[0]["href"];

/** getPathname inserts parameters as given; a token or slug must not break out of its segment. */
function withEncodedParams(href: Href): Href {
  if (typeof href === "string" || !("params" in href) || !href.params) return href;
  const params = Object.fromEntries(
    Object.entries(href.params).map(([name, value]) => [name, encodeURIComponent(String(value))]),
  );
  return { ...href, params } as Href;
}

/**
 * The one way to build a localized path ("/es/firmantes/2", "/en/organizers/exports?error=by")
 * outside a <Link>: emails, feeds, metadata, pagination and redirects all come through here.
 */
export function localizedPath(locale: Locale, href: Href): string {
  return getPathname({ locale, href: withEncodedParams(href) });
}

/** The same address, absolute: for emails, feeds and metadata, which leave the page. */
export function localizedUrl(siteUrl: string, locale: Locale, href: Href): string {
  return siteUrl + localizedPath(locale, href);
}

// next-intl's default name for the cookie where proxy.ts remembers a visitor's language.
const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The language of a request that no localized page answers (a route handler under /api):
 * the one asked for, else the language the visitor last chose on the site; Spanish when
 * that is not one of the site's languages.
 */
export function requestLocale(headers: Headers, wanted?: string | null): Locale {
  const remembered = headers
    .get("cookie")
    ?.split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  const candidate = wanted ?? remembered;
  return hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
}
