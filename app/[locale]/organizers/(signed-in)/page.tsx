import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizerDashboard } from "@/components/organizers/dashboard/organizer-dashboard";
import { ExportLogTable } from "@/components/organizers/export-log-table";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { requireOrganizer } from "@/lib/organizers/current";
import { readDashboard } from "@/lib/organizers/dashboard";
import { parseDateRange } from "@/lib/organizers/date-range";

export async function generateMetadata({ params }: PageProps<"/[locale]/organizers">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "OrganizerDashboard" });
  return { title: t("title") };
}

// Reading the session cookie makes every visit a fresh render, and readDashboard goes to the
// signature rows themselves: a signature confirmed a second ago is on the next load.
export default async function OrganizerDashboardPage({
  params,
  searchParams,
}: PageProps<"/[locale]/organizers">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireOrganizer(locale);
  const { range, error } = parseDateRange(await searchParams);
  const [dashboard, t] = await Promise.all([
    readDashboard(db(), range),
    getTranslations("OrganizerDashboard"),
  ]);
  return (
    <>
      <OrganizerDashboard
        dashboard={dashboard}
        range={range}
        rangeError={error}
        action={getPathname({ locale, href: "/organizers" })}
      />
      {/* Who took which figures out, in sight of everyone on the team. */}
      <section aria-labelledby="latest-exports">
        <h2 id="latest-exports">{t("latestExports")}</h2>
        <ExportLogTable limit={5} />
        <p>
          <Link href="/organizers/exports">{t("allExports")}</Link>
        </p>
      </section>
    </>
  );
}
