import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { OrganizerDashboard } from "@/components/organizers/dashboard/organizer-dashboard";
import { ExportLogSkeleton } from "@/components/organizers/dashboard/dashboard-skeletons";
import { ExportLogTable } from "@/components/organizers/export-log-table";
import { Link, localizedPath } from "@/i18n/navigation";
import { requireOrganizer } from "@/lib/organizers/current";
import { parseDateRange } from "@/lib/organizers/date-range";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/organizers">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerDashboard" });
  return { title: t("title") };
}

// Reading the session cookie makes every visit a fresh render, and the panels read the
// counters the database keeps with every change: a signature confirmed a second ago is on
// the next load.
export default async function OrganizerDashboardPage({
  params,
  searchParams,
}: PageProps<"/[locale]/organizers">) {
  const locale = await pageLocale(params);
  // Before anything is rendered, let alone streamed: without a session there is no panel to
  // wait for, only the redirect to the sign-in page.
  await requireOrganizer(locale);
  const { range, error } = parseDateRange(await searchParams);
  const t = await getTranslations("OrganizerDashboard");
  return (
    <>
      <OrganizerDashboard
        range={range}
        rangeError={error}
        action={localizedPath(locale, "/organizers")}
        asOf={new Date()}
      />
      {/* Who took which figures out, in sight of everyone on the team. */}
      <section aria-labelledby="latest-exports">
        <h2 id="latest-exports">{t("latestExports")}</h2>
        <Suspense fallback={<ExportLogSkeleton />}>
          <ExportLogTable limit={5} />
        </Suspense>
        <p>
          <Link href="/organizers/exports">{t("allExports")}</Link>
        </p>
      </section>
    </>
  );
}
