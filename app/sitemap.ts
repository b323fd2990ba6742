import type { MetadataRoute } from "next";
import { getPathname } from "@/i18n/navigation";
import { INDEXED_PATHNAMES, routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";

/** Every page in every language, each listing its translations. */
export default function sitemap(): MetadataRoute.Sitemap {
  return INDEXED_PATHNAMES.flatMap((href) => {
    const languages = Object.fromEntries(
      routing.locales.map((locale) => [locale, siteUrl() + getPathname({ locale, href })]),
    );
    return routing.locales.map((locale) => ({
      url: siteUrl() + getPathname({ locale, href }),
      changeFrequency: href === "/" || href === "/press" ? ("hourly" as const) : ("monthly" as const),
      priority: href === "/" ? 1 : href === "/sign" ? 0.9 : 0.7,
      alternates: { languages },
    }));
  });
}
