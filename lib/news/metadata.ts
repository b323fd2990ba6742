import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localizedUrl } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { OPEN_GRAPH_LOCALES, pageMetadata, shareImages } from "@/lib/seo/page-metadata";
import { newsShareImagePath } from "@/lib/seo/share-image";
import { excerptOf } from "./excerpt";
import type { PublishedNews } from "./published";

/** The address of the news feed in one language, absolute. */
export function newsFeedUrl(locale: Locale): string {
  return localizedUrl(siteUrl(), locale, "/news/feed.xml");
}

/** The address of an update's page in one language, absolute. */
export function newsUpdateUrl(locale: Locale, slug: string): string {
  return localizedUrl(siteUrl(), locale, { pathname: "/news/[slug]", params: { slug } });
}

/** <link rel="alternate" type="application/atom+xml">: how browsers and readers find the feed. */
async function feedAlternate(locale: Locale): Promise<NonNullable<Metadata["alternates"]>["types"]> {
  const t = await getTranslations({ locale, namespace: "NewsPage" });
  return { "application/atom+xml": [{ url: newsFeedUrl(locale), title: t("feedTitle") }] };
}

export async function newsListMetadata(locale: Locale): Promise<Metadata> {
  const metadata = await pageMetadata(locale, "/news", "NewsPage");
  return { ...metadata, alternates: { ...metadata.alternates, types: await feedAlternate(locale) } };
}

/** Title, description, canonical, hreflang (the same slug in the other language) and share preview of an update. */
export async function newsUpdateMetadata(locale: Locale, update: PublishedNews): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: "metadata" });
  const title = update.title[locale];
  const description = excerptOf(update.body[locale]);
  const canonical = newsUpdateUrl(locale, update.slug);
  const images = await shareImages(locale, newsShareImagePath(locale, update.slug), title);
  return {
    title,
    description,
    alternates: {
      canonical,
      languages: {
        ...Object.fromEntries(routing.locales.map((target) => [target, newsUpdateUrl(target, update.slug)])),
        "x-default": newsUpdateUrl(routing.defaultLocale, update.slug),
      },
      types: await feedAlternate(locale),
    },
    openGraph: {
      type: "article",
      siteName: site("siteName"),
      title,
      description,
      url: canonical,
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales
        .filter((other) => other !== locale)
        .map((other) => OPEN_GRAPH_LOCALES[other]),
      publishedTime: update.publishedAt,
      modifiedTime: update.updatedAt,
      images: images.openGraph,
    },
    twitter: { card: "summary_large_image", title, description, images: images.twitter },
  };
}
