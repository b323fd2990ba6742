import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AbuseSignals } from "@/components/organizers/abuse/abuse-signals";
import { InvalidationForm } from "@/components/organizers/abuse/invalidation-form";
import { InvalidationLog } from "@/components/organizers/abuse/invalidation-log";
import { db } from "@/lib/db";
import { criterionValues } from "@/lib/organizers/abuse/criterion";
import { listInvalidations } from "@/lib/organizers/abuse/log";
import { findAbuseSignals } from "@/lib/organizers/abuse/signals";
import { requireOrganizer } from "@/lib/organizers/current";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { pageLocale } from "@/i18n/page-locale";
import text from "@/components/ui/text.module.css";
import form from "@/components/ui/form.module.css";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/abuse">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerAbuse" });
  return { title: t("title") };
}

export default async function OrganizerAbusePage({
  params,
  searchParams,
}: PageProps<"/[locale]/organizers/abuse">) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale);
  const t = await getTranslations("OrganizerAbuse");

  // A signal's "Review" link fills in the form through the query string.
  const query = await searchParams;
  const prefill = criterionValues((name) => {
    const value = query[name];
    return Array.isArray(value) ? value[0] : value;
  });
  const data = await Promise.all([findAbuseSignals(db()), listInvalidations(db())]).catch(
    (error: unknown) => {
      if (!isDatabaseOutage(error)) throw reportBug("OrganizerAbusePage", error);
      reportOutage("OrganizerAbusePage", error);
      return null;
    },
  );

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      {data ? (
        <>
          <AbuseSignals signals={data[0]} />
          {/* A new prefill starts the form afresh rather than keeping an earlier answer. */}
          <ScopedMessages namespaces={["OrganizerAbuse"]}>
            <InvalidationForm key={JSON.stringify(prefill)} initialValues={prefill} />
          </ScopedMessages>
          <InvalidationLog entries={data[1]} />
        </>
      ) : (
        <p className={form.alert} role="alert">
          {t("unavailable")}
        </p>
      )}
    </>
  );
}
