import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExportPage } from "@/components/organizers/exports/export-page";
import type { Locale } from "@/i18n/routing";
import { requireOrganizer } from "@/lib/organizers/current";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/exports">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "OrganizerExports" });
  return { title: t("title") };
}

export default async function OrganizerExportsPage({ params }: PageProps<"/[locale]/organizers/exports">) {
  const locale = (await params).locale as Locale;
  await requireOrganizer(locale);
  setRequestLocale(locale);
  return <ExportPage locale={locale} />;
}
