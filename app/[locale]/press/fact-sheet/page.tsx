import type { Metadata } from "next";
import { FactSheet } from "@/components/campaign/fact-sheet";
import { localizedUrl } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { siteUrl } from "@/lib/env";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { getPublicStats } from "@/lib/stats/public-stats";

// Like the press brief: prerendered with the live figures, refreshed at least every minute.
export const revalidate = 60;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/press/fact-sheet">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/press/fact-sheet", "FactSheet");
}

export default async function FactSheetPage({ params }: PageProps<"/[locale]/press/fact-sheet">) {
  const locale = await pageLocale(params);
  const [stats, settings] = await Promise.all([getPublicStats(), getCampaignSettings()]);
  const site = siteUrl();
  return (
    <FactSheet
      stats={stats}
      target={settings.target}
      pressContact={settings.pressContact}
      urls={{
        petitionText: localizedUrl(site, locale, "/petition"),
        pressBrief: localizedUrl(site, locale, "/press"),
        openDataJson: `${site}/api/stats`,
        openDataCsv: `${site}/api/stats.csv`,
      }}
    />
  );
}
