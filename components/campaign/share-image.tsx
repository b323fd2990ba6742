import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { ShareCard } from "./share-card";
import type { Locale } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import { siteUrl } from "@/lib/env";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/share-image";
import { getPublicStats } from "@/lib/stats/public-stats";

/** A page's share card: its title, the live count (left out when it cannot be read or is zero) and the call to sign. */
export async function renderShareImage(locale: Locale, title: string): Promise<ImageResponse> {
  const [t, stats] = await Promise.all([
    getTranslations({ locale, namespace: "ShareImage" }),
    getPublicStats(),
  ]);
  return new ImageResponse(
    <ShareCard
      title={title}
      countLine={
        stats && stats.total > 0
          ? t("count", { count: stats.total, total: campaignFormatter(locale).number(stats.total) })
          : undefined
      }
      cta={t("cta")}
      host={new URL(siteUrl()).host}
    />,
    SHARE_IMAGE_SIZE,
  );
}
