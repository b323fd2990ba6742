import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { FaqList } from "@/components/campaign/faq-list";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/faq">): Promise<Metadata> {
  return pageMetadata((await params).locale as Locale, "/faq", "FaqPage");
}

export default async function FaqPage({ params }: PageProps<"/[locale]/faq">) {
  setRequestLocale((await params).locale as Locale);
  const { supportLinks } = await getCampaignSettings();
  return <FaqList supportLinks={supportLinks} />;
}
