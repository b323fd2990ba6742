import type { Metadata } from "next";
import { PressBrief } from "@/components/campaign/press-brief";
import { pageLocale } from "@/i18n/page-locale";
import { siteUrl } from "@/lib/env";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { getPublicStats } from "@/lib/stats/public-stats";

// Prerendered with the live figures, refreshed by tag and at least every minute.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/press">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/press", "PressPage");
}

export default async function PressPage({ params }: PageProps<"/[locale]/press">) {
  const locale = await pageLocale(params);
  const [stats, settings] = await Promise.all([getPublicStats(), getCampaignSettings()]);
  return (
    <PressBrief
      stats={stats}
      target={settings.target}
      pressContact={settings.pressContact}
      quotes={settings.pressQuotes}
      siteUrl={siteUrl()}
      embedUrl={`${siteUrl()}/embed/${locale}`}
    />
  );
}
