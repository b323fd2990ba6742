import type { Metadata } from "next";
import { CampaignStory } from "@/components/campaign/campaign-story";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";

// Prerendered; organizer settings refresh it by tag, or within five minutes.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/campaign">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/campaign", "CampaignPage");
}

export default async function CampaignPage({ params }: PageProps<"/[locale]/campaign">) {
  await pageLocale(params);
  const { supportLinks } = await getCampaignSettings();
  return <CampaignStory supportLinks={supportLinks} />;
}
