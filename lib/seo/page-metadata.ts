import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing, type StaticPathname, type Locale } from "@/i18n/routing";
import { localeAlternates } from "./alternates";
import { SHARE_IMAGE_SIZE, shareImagePath, sharedPageOf } from "./share-image";

export const OPEN_GRAPH_LOCALES: Record<Locale, string> = { es: "es_MX", en: "en_US" };

/**
 * The share preview's image, for Open Graph and X. The path is relative: Next resolves it
 * against the layout's metadataBase (SITE_URL). Every page names its own, because a page
 * that sets Open Graph fields replaces the ones it would inherit.
 */
export async function shareImages(locale: Locale, path: string, title: string) {
  const t = await getTranslations({ locale, namespace: "ShareImage" });
  const image = { url: path, ...SHARE_IMAGE_SIZE, type: "image/png", alt: t("alt", { title }) };
  return { openGraph: [image], twitter: [{ url: image.url, alt: image.alt }] };
}

/**
 * Title, description, canonical URL, hreflang alternates and the share preview (with the
 * page's own image, in its language) of one page.
 */
export async function shareMetadata(
  locale: Locale,
  href: StaticPathname,
  {
    title,
    description,
    absoluteTitle = false,
  }: { title: string; description: string; absoluteTitle?: boolean },
): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: "metadata" });
  const share = await getTranslations({ locale, namespace: "ShareImage" });
  const page = sharedPageOf(href);
  const images = await shareImages(locale, shareImagePath(locale, page), share(`titles.${page}`));
  const alternates = localeAlternates(locale, href);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates,
    openGraph: {
      type: "website",
      siteName: site("siteName"),
      title,
      description,
      url: typeof alternates?.canonical === "string" ? alternates.canonical : undefined,
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales
        .filter((other) => other !== locale)
        .map((other) => OPEN_GRAPH_LOCALES[other]),
      images: images.openGraph,
    },
    twitter: { card: "summary_large_image", title, description, images: images.twitter },
  };
}

/** A messages namespace that holds a page's `metaTitle` and `metaDescription`. */
export type MetaNamespace = {
  [Namespace in keyof Messages]: Messages[Namespace] extends { metaTitle: string; metaDescription: string }
    ? Namespace
    : never;
}[keyof Messages];

/** shareMetadata for a page whose messages namespace holds its `metaTitle` and `metaDescription`. */
export async function pageMetadata(
  locale: Locale,
  href: StaticPathname,
  namespace: MetaNamespace,
  { absoluteTitle = false }: { absoluteTitle?: boolean } = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });
  return shareMetadata(locale, href, {
    title: t("metaTitle"),
    description: t("metaDescription"),
    absoluteTitle,
  });
}
