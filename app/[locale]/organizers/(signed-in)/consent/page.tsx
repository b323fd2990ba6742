import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsentRecord } from "@/components/organizers/consent/consent-record";
import { routing, type Locale } from "@/i18n/routing";
import { readConsentOverview } from "@/lib/consent/consent-overview";
import { currentPrivacyNotice } from "@/lib/consent/current-notice";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { requireOrganizer } from "@/lib/organizers/current";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/consent">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "OrganizerConsent" });
  return { title: t("title") };
}

/** The version in force in each language, from the same settings the public pages read. */
async function currentVersions(): Promise<Record<Locale, string>> {
  const entries = await Promise.all(
    routing.locales.map(async (locale) => [locale, (await currentPrivacyNotice(locale)).version] as const),
  );
  return Object.fromEntries(entries) as Record<Locale, string>;
}

export default async function OrganizerConsentPage({ params }: PageProps<"/[locale]/organizers/consent">) {
  const locale = (await params).locale as Locale;
  await requireOrganizer(locale);
  setRequestLocale(locale);
  const t = await getTranslations("OrganizerConsent");

  const data = await Promise.all([readConsentOverview(db()), currentVersions()]).catch((error: unknown) => {
    if (!isDatabaseOutage(error)) throw reportBug("OrganizerConsentPage", error);
    reportOutage("OrganizerConsentPage", error);
    return null;
  });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {data ? (
        <ConsentRecord locale={locale} overview={data[0]} currentVersions={data[1]} />
      ) : (
        <p className="form-alert" role="alert">
          {t("unavailable")}
        </p>
      )}
    </>
  );
}
