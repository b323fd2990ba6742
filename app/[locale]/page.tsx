import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignIntro } from "@/components/campaign/campaign-intro";
import type { Locale } from "@/i18n/routing";
import { localeAlternates } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "metadata" });
  return {
    title: { absolute: t("homeTitle") },
    description: t("homeDescription"),
    alternates: localeAlternates(locale, "/"),
  };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <CampaignIntro />;
}
