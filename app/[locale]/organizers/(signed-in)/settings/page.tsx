import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RetentionPanel } from "@/components/organizers/retention-panel";
import { SettingsForm } from "@/components/organizers/settings/settings-form";
import { db } from "@/lib/db";
import { requireOrganizer } from "@/lib/organizers/current";
import { settingsToValues } from "@/lib/organizers/settings-form";
import { readSettings } from "@/lib/settings/read-settings";
import { pageLocale } from "@/i18n/page-locale";
import text from "@/components/ui/text.module.css";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/settings">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerSettings" });
  return { title: t("title") };
}

export default async function OrganizerSettingsPage({ params }: PageProps<"/[locale]/organizers/settings">) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale);
  const t = await getTranslations("OrganizerSettings");
  // Read afresh, not from the public cache: the form must show what is stored now.
  const settings = await readSettings(db());
  return (
    <>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      <ScopedMessages namespaces={["OrganizerSettings"]}>
        <SettingsForm stored={settingsToValues(settings)} />
      </ScopedMessages>
      <RetentionPanel settings={settings} />
    </>
  );
}
