import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { CampaignIntro, SignCallout, WhyItMatters } from "@/components/campaign/campaign-intro";
import { PetitionDates } from "@/components/campaign/petition-dates";
import { SignatureCounter } from "@/components/campaign/signature-counter";
import { SignaturesByState } from "@/components/campaign/signatures-by-state";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { getPublicStats } from "@/lib/stats/public-stats";

// Prerendered, refreshed when the signature-counts tag is revalidated and at least every minute.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  return pageMetadata(locale, "/", "HomePage", { absoluteTitle: true });
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [stats, settings] = await Promise.all([getPublicStats(), getCampaignSettings()]);
  return (
    <>
      <CampaignIntro />
      <div className="container counter-band">
        <SignatureCounter stats={stats} target={settings.target} />
        <PetitionDates opensAt={settings.opensAt} closesAt={settings.closesAt} now={new Date()} />
      </div>
      <WhyItMatters />
      <div className="container">
        <SignaturesByState stats={stats} />
      </div>
      <SignCallout />
    </>
  );
}
