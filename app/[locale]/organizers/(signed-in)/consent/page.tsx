import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentRecord } from "@/components/organizers/consent/consent-record";
import type { Locale } from "next-intl";
import { readConsentOverview } from "@/lib/consent/consent-overview";
import { currentPrivacyNotice } from "@/lib/consent/current-notice";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { requireOrganizer } from "@/lib/organizers/current";
import { pageLocale } from "@/i18n/page-locale";
import text from "@/components/ui/text.module.css";
import form from "@/components/ui/form.module.css";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/consent">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerConsent" });
  return { title: t("title") };
}

/** The version in force in each language, from the same settings the public pages read. */
async function currentVersions(): Promise<Record<Locale, string>> {
  const [es, en] = await Promise.all([currentPrivacyNotice("es"), currentPrivacyNotice("en")]);
  return { es: es.version, en: en.version };
}

export default async function OrganizerConsentPage({ params }: PageProps<"/[locale]/organizers/consent">) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale);
  const t = await getTranslations("OrganizerConsent");

  const data = await Promise.all([readConsentOverview(db()), currentVersions()]).catch((error: unknown) => {
    if (!isDatabaseOutage(error)) throw reportBug("OrganizerConsentPage", error);
    reportOutage("OrganizerConsentPage", error);
    return null;
  });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      {data ? (
        <ConsentRecord overview={data[0]} currentVersions={data[1]} />
      ) : (
        <p className={form.alert} role="alert">
          {t("unavailable")}
        </p>
      )}
    </>
  );
}
