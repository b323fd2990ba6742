import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { SocialCard } from "./social-card";
import { formatNumber } from "@/i18n/format";
import { asLocale } from "@/i18n/locale-of";
import { siteUrl } from "@/lib/env";
import { getPublicStats } from "@/lib/stats/public-stats";

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 };

/** One share image per locale, with its alt text in that language. */
export async function socialImageMetadata(localeParam: string) {
  const t = await getTranslations({ locale: asLocale(localeParam), namespace: "SocialImage" });
  return [{ id: "card", alt: t("alt"), size: SOCIAL_IMAGE_SIZE, contentType: "image/png" }];
}

/** The share card with the live count (left out when the figures cannot be read). */
export async function renderSocialImage(localeParam: string): Promise<ImageResponse> {
  const locale = asLocale(localeParam);
  const [t, home, stats] = await Promise.all([
    getTranslations({ locale, namespace: "SocialImage" }),
    getTranslations({ locale, namespace: "HomePage" }),
    getPublicStats(),
  ]);
  return new ImageResponse(
    <SocialCard
      title={home("title")}
      countLine={
        stats && stats.total > 0
          ? t("count", { count: stats.total, total: formatNumber(stats.total, locale) })
          : undefined
      }
      cta={t("cta")}
      host={new URL(siteUrl()).host}
    />,
    SOCIAL_IMAGE_SIZE,
  );
}
