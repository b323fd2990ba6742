import type { Metadata } from "next";
import { CampaignIntro, SignCallout, WhyItMatters } from "@/components/campaign/campaign-intro";
import { PetitionDates } from "@/components/campaign/petition-dates";
import { SignatureCounter } from "@/components/campaign/signature-counter";
import { SignaturesByState } from "@/components/campaign/signatures-by-state";
import layout from "@/components/ui/layout.module.css";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { getPublicStats } from "@/lib/stats/public-stats";
import styles from "./page.module.css";

// Prerendered, refreshed when the signature-counts tag is revalidated and at least every minute.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/", "HomePage", { absoluteTitle: true });
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  await pageLocale(params);
  const [stats, settings] = await Promise.all([getPublicStats(), getCampaignSettings()]);
  return (
    <>
      <CampaignIntro />
      <div className={`${layout.container} ${styles.counterBand}`}>
        <SignatureCounter stats={stats} target={settings.target} />
        <PetitionDates opensAt={settings.opensAt} closesAt={settings.closesAt} now={new Date()} />
      </div>
      <WhyItMatters />
      <div className={layout.container}>
        <SignaturesByState stats={stats} />
      </div>
      <SignCallout />
    </>
  );
}
