import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { PrivacyNotice } from "@/components/campaign/privacy-notice";
import { pageLocale } from "@/i18n/page-locale";
import { currentPrivacyNotice } from "@/lib/consent/current-notice";
import { storePrivacyNotice } from "@/lib/consent/notice-store";
import { db } from "@/lib/db";
import { EnvError } from "@/lib/env";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/privacy", "PrivacyPage");
}

/** When this version was first shown, storing it if this is the first time; null without a database. */
async function inForceSince(locale: Locale, text: string): Promise<Date | null> {
  try {
    return (await storePrivacyNotice(db(), locale, text)).firstShownAt;
  } catch (error) {
    // A build without a database, or the database away: the page still shows the notice
    // and its version, and states the date once it is regenerated.
    if (error instanceof EnvError) return null;
    if (!isDatabaseOutage(error)) throw reportBug("PrivacyPage", error);
    reportOutage("PrivacyPage", error);
    return null;
  }
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const locale = await pageLocale(params);
  const { document, text, version } = await currentPrivacyNotice(locale);
  return (
    <PrivacyNotice notice={document} version={version} inForceSince={await inForceSince(locale, text)} />
  );
}
