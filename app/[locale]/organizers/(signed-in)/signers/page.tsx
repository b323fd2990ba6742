import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HiddenNamesLog } from "@/components/organizers/signers/hidden-names-log";
import { PublicNamePanel } from "@/components/organizers/signers/public-name-panel";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { requireOrganizer } from "@/lib/organizers/current";
import { listHiddenNames } from "@/lib/organizers/public-list/log";
import { searchListedNames } from "@/lib/organizers/public-list/search";
import { shownNames } from "@/lib/organizers/public-list/shown-name";
import { pageLocale } from "@/i18n/page-locale";
import text from "@/components/ui/text.module.css";
import form from "@/components/ui/form.module.css";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/signers">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerSigners" });
  return { title: t("title") };
}

export default async function OrganizerSignersPage({ params }: PageProps<"/[locale]/organizers/signers">) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale);
  const t = await getTranslations("OrganizerSigners");

  const data = await Promise.all([searchListedNames(db(), ""), listHiddenNames(db())]).catch(
    (error: unknown) => {
      if (!isDatabaseOutage(error)) throw reportBug("OrganizerSignersPage", error);
      reportOutage("OrganizerSignersPage", error);
      return null;
    },
  );

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      <p>
        <Link href="/signers">{t("publicListLink")}</Link>
      </p>
      {data ? (
        <>
          <ScopedMessages namespaces={["OrganizerSigners"]}>
            <PublicNamePanel newest={{ names: shownNames(data[0].names, locale), more: data[0].more }} />
          </ScopedMessages>
          <HiddenNamesLog entries={data[1]} />
        </>
      ) : (
        <p className={form.alert} role="alert">
          {t("unavailable")}
        </p>
      )}
    </>
  );
}
