import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { CampaignStory } from "@/components/campaign/campaign-story";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";

// Prerendered; organizer settings refresh it by tag, or within five minutes.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/campaign">): Promise<Metadata> {
  return pageMetadata((await params).locale as Locale, "/campaign", "CampaignPage");
}

export default async function CampaignPage({ params }: PageProps<"/[locale]/campaign">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { supportLinks } = await getCampaignSettings();
  return <CampaignStory supportLinks={supportLinks} />;
}
