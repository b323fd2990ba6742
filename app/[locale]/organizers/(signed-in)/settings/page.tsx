import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RetentionPanel } from "@/components/organizers/retention-panel";
import { SettingsForm } from "@/components/organizers/settings-form";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { requireOrganizer } from "@/lib/organizers/current";
import { settingsToValues } from "@/lib/organizers/settings-form";
import { readSettings } from "@/lib/settings/read-settings";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/settings">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "OrganizerSettings" });
  return { title: t("title") };
}

export default async function OrganizerSettingsPage({ params }: PageProps<"/[locale]/organizers/settings">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireOrganizer(locale);
  const t = await getTranslations("OrganizerSettings");
  // Read afresh, not from the public cache: the form must show what is stored now.
  const settings = await readSettings(db());
  return (
    <div className="organizer-settings">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <SettingsForm locale={locale} stored={settingsToValues(settings)} />
      <RetentionPanel settings={settings} />
    </div>
  );
}
