import type { Metadata } from "next";
import { FaqList } from "@/components/campaign/faq-list";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/faq">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/faq", "FaqPage");
}

export default async function FaqPage({ params }: PageProps<"/[locale]/faq">) {
  await pageLocale(params);
  const { supportLinks } = await getCampaignSettings();
  return <FaqList supportLinks={supportLinks} />;
}
