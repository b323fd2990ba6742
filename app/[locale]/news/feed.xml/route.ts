import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { localizedUrl } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { buildAtomFeed, newsEntryId } from "@/lib/news/atom";
import { newsFeedUrl, newsUpdateUrl } from "@/lib/news/metadata";
import { getNewsFeedEntries } from "@/lib/news/published";

// Built once per language and refreshed like the news pages (the news tag, or 5 minutes).
export const revalidate = 300;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The Atom feed of the news in one language: /es/novedades/feed.xml, /en/news/feed.xml. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/news/feed.xml">) {
  const { locale: requested } = await params;
  if (!hasLocale(routing.locales, requested)) return new Response(null, { status: 404 });
  const locale: Locale = requested;
  const t = await getTranslations({ locale, namespace: "NewsPage" });
  const site = await getTranslations({ locale, namespace: "metadata" });
  const entries = await getNewsFeedEntries();
  const feed = buildAtomFeed({
    id: newsFeedUrl(locale),
    title: t("feedTitle"),
    language: locale,
    selfUrl: newsFeedUrl(locale),
    pageUrl: localizedUrl(siteUrl(), locale, "/news"),
    authorName: site("siteName"),
    generatedAt: new Date().toISOString(),
    siteOrigin: new URL(siteUrl()).origin,
    entries: entries.map((entry) => ({
      id: newsEntryId(siteUrl(), entry.publishedAt, locale, entry.id),
      title: entry.title[locale],
      url: newsUpdateUrl(locale, entry.slug),
      published: entry.publishedAt,
      updated: entry.updatedAt,
      body: entry.body[locale],
    })),
  });
  return new Response(feed, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
