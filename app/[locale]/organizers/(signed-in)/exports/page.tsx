import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportPage } from "@/components/organizers/exports/export-page";
import { requireOrganizer } from "@/lib/organizers/current";
import type { ExportRequestProblem } from "@/lib/organizers/exports/request";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/exports">): Promise<Metadata> {
  const locale = await pageLocale(params);
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
  const locale = await pageLocale(params);
  await requireOrganizer(locale);
  // An export refused for a bad parameter comes back here with ?error= (see exports/http.ts).
  const { error } = await searchParams;
  const problem = PROBLEMS.find((candidate) => candidate === error);
  return <ExportPage problem={problem} />;
}
