import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmbedCounter } from "@/components/campaign/embed-counter";
import { localizedUrl } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { siteUrl } from "@/lib/env";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { getPublicStats } from "@/lib/stats/public-stats";

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/embed/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "EmbedCounter" });
  // The embed copies the campaign's pages; search engines should index those instead.
  return { title: t("metaTitle"), robots: { index: false, follow: true } };
}

export default async function EmbedPage({ params }: PageProps<"/embed/[locale]">) {
  const locale = await pageLocale(params);
  const [stats, settings] = await Promise.all([getPublicStats(), getCampaignSettings()]);
  return (
    <EmbedCounter stats={stats} target={settings.target} signUrl={localizedUrl(siteUrl(), locale, "/sign")} />
  );
}
