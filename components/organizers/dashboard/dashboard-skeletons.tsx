import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TOTALS_STATUSES } from "./dashboard-totals";
import styles from "./dashboard.module.css";
import skeleton from "./dashboard-skeleton.module.css";

// What each panel shows while its query runs: its heading at once, a placeholder as large as
// its figures, and for screen readers a region marked busy that says it is loading.

interface PanelSkeletonProps {
  /** The panel's own id: the skeleton's heading gets a different one, as both can be in the page for a moment. */
  id: string;
  title: string;
  children: ReactNode;
}

function PanelSkeleton({ id, title, children }: PanelSkeletonProps) {
  const t = useTranslations("OrganizerDashboard");
  return (
    <section aria-labelledby={`${id}-loading`} aria-busy="true" data-skeleton="">
      <h2 id={`${id}-loading`}>{title}</h2>
      <p className={skeleton.visuallyHidden}>{t("loading")}</p>
      <div aria-hidden="true">{children}</div>
    </section>
  );
}

/** A grey placeholder; `className` gives it the shape of what it stands for. */
function Block({ className }: { className: string | undefined }) {
  return <span className={[skeleton.block, className].filter(Boolean).join(" ")} />;
}

/** The summary's cards with their names and hints, the numbers still to come. */
export function DashboardTotalsSkeleton() {
  const t = useTranslations("OrganizerDashboard");
  return (
    <PanelSkeleton id="dashboard-totals" title={t("totalsTitle")}>
      {/* The cards' look without their terms and definitions: nothing here is a figure yet. */}
      <div className={styles.totals}>
        {TOTALS_STATUSES.map((status) => (
          <div key={status} className={styles.figure}>
            <p className={skeleton.term}>{t(status)}</p>
            <p className={`${styles.figureValue} ${skeleton.figureLine}`}>
              <Block className={skeleton.value} />
            </p>
            <p className={`${styles.hint} ${skeleton.figureLine}`}>{t(`${status}Hint`)}</p>
          </div>
        ))}
        <div className={`${styles.figure} ${styles.conversion}`}>
          <p className={skeleton.term}>{t("conversion")}</p>
          <p className={`${styles.figureValue} ${skeleton.figureLine}`}>
            <Block className={skeleton.value} />
          </p>
          <p className={skeleton.figureLine}>
            <Block className={skeleton.line} />
          </p>
          <p className={`${styles.hint} ${skeleton.figureLine}`}>{t("conversionDefinition")}</p>
        </div>
      </div>
    </PanelSkeleton>
  );
}

/** The chart's frame at the chart's proportions, with the lines under it. */
export function DailyChartSkeleton() {
  const t = useTranslations("OrganizerDashboard");
  return (
    <PanelSkeleton id="daily-chart" title={t("chartTitle")}>
      <Block className={skeleton.chart} />
      <p className={styles.hint}>{t("chartTimeZone")}</p>
      <Block className={skeleton.line} />
    </PanelSkeleton>
  );
}

/** A table's caption, header and `rows` rows. */
export function TableSkeleton({ rows }: { rows: number }) {
  return (
    <>
      <Block className={skeleton.caption} />
      {Array.from({ length: rows + 1 }, (_, index) => (
        <Block key={index} className={skeleton.row} />
      ))}
    </>
  );
}

/** The map by state and the three tables; each table gets the two rows the language table always has. */
export function DashboardBreakdownsSkeleton() {
  const t = useTranslations("OrganizerDashboard");
  return (
    <>
      <PanelSkeleton id="by-state" title={t("byStateTitle")}>
        <p className={styles.hint}>{t("breakdownsIntro")}</p>
        <Block className={skeleton.map} />
        <Block className={skeleton.line} />
        <Block className={skeleton.line} />
      </PanelSkeleton>
      <div className={styles.breakdowns}>
        {(
          [
            ["by-country", t("byCountryTitle")],
            ["by-locale", t("byLocaleTitle")],
            ["by-source", t("bySourceTitle")],
          ] as const
        ).map(([id, title]) => (
          <PanelSkeleton key={id} id={id} title={title}>
            <TableSkeleton rows={2} />
          </PanelSkeleton>
        ))}
      </div>
    </>
  );
}

/** The latest exports' table while the log is read. */
export function ExportLogSkeleton() {
  const t = useTranslations("OrganizerDashboard");
  return (
    <div aria-busy="true" data-skeleton="">
      <p className={skeleton.visuallyHidden}>{t("loading")}</p>
      <div aria-hidden="true">
        <TableSkeleton rows={2} />
      </div>
    </div>
  );
}

/**
 * Without JavaScript nothing moves a streamed panel into its skeleton's place: React sends it
 * hidden at the end of the page. This shows those panels where they arrived and drops the
 * skeletons, which would otherwise never fill.
 */
export function StreamedPanelsWithoutScript() {
  return (
    <noscript>
      <style>{'[data-skeleton] { display: none; } div[hidden][id^="S:"] { display: block; }'}</style>
    </noscript>
  );
}
