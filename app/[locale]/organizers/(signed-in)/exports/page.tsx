import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExportPage } from "@/components/organizers/exports/export-page";
import type { Locale } from "@/i18n/routing";
import { requireOrganizer } from "@/lib/organizers/current";
import type { ExportRequestProblem } from "@/lib/organizers/exports/request";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/exports">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "OrganizerExports" });
  return { title: t("title") };
}

const PROBLEMS = [
  "invalidDate",
  "reversed",
  "invalidChoice",
] as const satisfies readonly ExportRequestProblem[];

export default async function OrganizerExportsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/organizers/exports">) {
  const locale = (await params).locale as Locale;
  await requireOrganizer(locale);
  setRequestLocale(locale);
  // An export refused for a bad parameter comes back here with ?error= (see exports/http.ts).
  const { error } = await searchParams;
  const problem = PROBLEMS.find((candidate) => candidate === error);
  return <ExportPage locale={locale} problem={problem} />;
}
