import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { DateRangeForm } from "@/components/organizers/date-range-form";
import { calendarDay, campaignFormatter, type CampaignFormatter } from "@/i18n/format";
import type { DateRange, DateRangeError } from "@/lib/organizers/date-range";
import { DailyChartPanel, DashboardBreakdownsPanel, DashboardTotalsPanel } from "./dashboard-panels";
import {
  DailyChartSkeleton,
  DashboardBreakdownsSkeleton,
  DashboardTotalsSkeleton,
  StreamedPanelsWithoutScript,
} from "./dashboard-skeletons";
import styles from "./dashboard.module.css";

interface OrganizerDashboardProps {
  range: DateRange;
  rangeError?: DateRangeError;
  /** This page's own path, where the date filter sends its GET. */
  action: string;
  /** When the page was asked for: every panel reads its figures from then on. */
  asOf: Date;
}

/**
 * The campaign at a glance for organizers: totals, the daily chart and where signatures come
 * from. The title and the filter come at once; each panel streams in when its figures are read.
 */
export function OrganizerDashboard({ range, rangeError, action, asOf }: OrganizerDashboardProps) {
  const t = useTranslations("OrganizerDashboard");
  const format = campaignFormatter(useLocale());
  // A new range shows the skeletons again rather than the previous range's figures.
  const rangeKey = `${range.from ?? ""}..${range.to ?? ""}`;

  return (
    <div className={styles.dashboard}>
      <StreamedPanelsWithoutScript />
      <h1>{t("title")}</h1>
      <p className={styles.hint}>{t("asOf", { time: format.dateTime(asOf, "asOf") })}</p>
      <DateRangeForm range={range} error={rangeError} action={action} />
      <p className={styles.period}>{describePeriod(range, format, t)}</p>
      <Suspense key={`totals ${rangeKey}`} fallback={<DashboardTotalsSkeleton />}>
        <DashboardTotalsPanel range={range} />
      </Suspense>
      <Suspense key={`chart ${rangeKey}`} fallback={<DailyChartSkeleton />}>
        <DailyChartPanel range={range} />
      </Suspense>
      <Suspense key={`breakdowns ${rangeKey}`} fallback={<DashboardBreakdownsSkeleton />}>
        <DashboardBreakdownsPanel range={range} />
      </Suspense>
    </div>
  );
}

function describePeriod(
  { from, to }: DateRange,
  format: CampaignFormatter,
  t: ReturnType<typeof useTranslations>,
): string {
  const day = (value: string) => format.dateTime(calendarDay(value), "longDay");
  if (from && to) return t("periodBetween", { from: day(from), to: day(to) });
  if (from) return t("periodSince", { from: day(from) });
  if (to) return t("periodUntil", { to: day(to) });
  return t("periodAll");
}
