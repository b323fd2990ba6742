import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing, type StaticPathname, type Locale } from "@/i18n/routing";
import { localeAlternates } from "./alternates";

const OPEN_GRAPH_LOCALES: Record<Locale, string> = { es: "es_MX", en: "en_US" };

/**
 * Title, description, canonical URL, hreflang alternates and the share preview of one page.
 * `namespace` holds the page's `metaTitle` and `metaDescription`. The share image comes
 * from the opengraph-image and twitter-image files of the [locale] segment.
 */
export async function pageMetadata(
  locale: Locale,
  href: StaticPathname,
  namespace: string,
  { absoluteTitle = false }: { absoluteTitle?: boolean } = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });
  const site = await getTranslations({ locale, namespace: "metadata" });
  const title = t("metaTitle");
  const description = t("metaDescription");
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
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
