import { useLocale, useTranslations } from "next-intl";
import { DateRangeForm } from "@/components/organizers/date-range-form";
import { formatAsOf } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import type { Dashboard } from "@/lib/organizers/dashboard";
import type { DateRange, DateRangeError } from "@/lib/organizers/date-range";
import { DailyChart } from "./daily-chart";
import { DashboardBreakdowns } from "./dashboard-breakdowns";
import { DashboardTotals } from "./dashboard-totals";
import styles from "./dashboard.module.css";
import { formatDay } from "../format-day";

interface OrganizerDashboardProps {
  dashboard: Dashboard;
  range: DateRange;
  rangeError?: DateRangeError;
  /** This page's own path, where the date filter sends its GET. */
  action: string;
}

/** The campaign at a glance for organizers: totals, the daily chart and where signatures come from. */
export function OrganizerDashboard({ dashboard, range, rangeError, action }: OrganizerDashboardProps) {
  const t = useTranslations("OrganizerDashboard");
  const locale = useLocale() as Locale;

  return (
    <div className={styles.dashboard}>
      <h1>{t("title")}</h1>
      <p className={styles.hint}>{t("asOf", { time: formatAsOf(dashboard.asOf, locale) })}</p>
      <DateRangeForm range={range} error={rangeError} action={action} />
      <p className={styles.period}>{describePeriod(range, locale, t)}</p>
      <DashboardTotals totals={dashboard.totals} conversion={dashboard.conversion} />
      <DailyChart days={dashboard.daily.days} truncated={dashboard.daily.truncated} />
      <DashboardBreakdowns breakdowns={dashboard} total={dashboard.totals.confirmed} />
    </div>
  );
}

function describePeriod(
  { from, to }: DateRange,
  locale: Locale,
  t: ReturnType<typeof useTranslations>,
): string {
  if (from && to) return t("periodBetween", { from: formatDay(from, locale), to: formatDay(to, locale) });
  if (from) return t("periodSince", { from: formatDay(from, locale) });
  if (to) return t("periodUntil", { to: formatDay(to, locale) });
  return t("periodAll");
}
