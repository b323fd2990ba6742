import type { MetadataRoute } from "next";
import { localizedUrl } from "@/i18n/navigation";
import { INDEXED_PATHNAMES, routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { newsUpdateUrl } from "@/lib/news/metadata";
import { getPublishedSlugs } from "@/lib/news/published";

// Published updates join the sitemap when the news is revalidated (or within the hour).
export const revalidate = 3600;

/** Every page in every language, each listing its translations; then every published update. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = INDEXED_PATHNAMES.flatMap((href) => {
    const languages = Object.fromEntries(
      routing.locales.map((locale) => [locale, localizedUrl(siteUrl(), locale, href)]),
    );
    return routing.locales.map((locale) => ({
      url: localizedUrl(siteUrl(), locale, href),
      changeFrequency: href === "/" || href === "/press" ? ("hourly" as const) : ("monthly" as const),
      priority: href === "/" ? 1 : href === "/sign" ? 0.9 : 0.7,
      alternates: { languages },
    }));
  });
  const updates = (await getPublishedSlugs()).flatMap(({ slug, updatedAt }) => {
    const languages = Object.fromEntries(
      routing.locales.map((locale) => [locale, newsUpdateUrl(locale, slug)]),
    );
    return routing.locales.map((locale) => ({
      url: newsUpdateUrl(locale, slug),
      lastModified: updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.6,
      alternates: { languages },
    }));
  });
  return [...pages, ...updates];
}
