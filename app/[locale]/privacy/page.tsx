import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { PrivacyNotice } from "@/components/campaign/privacy-notice";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { parseNetworkHashRetentionDays } from "@/lib/env";

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  return pageMetadata((await params).locale as Locale, "/privacy", "PrivacyPage");
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  setRequestLocale((await params).locale as Locale);
  const settings = await getCampaignSettings();
  return (
    <PrivacyNotice
      controller={settings.privacyController}
      retention={settings.retentionPeriod}
      networkHashDays={parseNetworkHashRetentionDays()}
    />
  );
}
