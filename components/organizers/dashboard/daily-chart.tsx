import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { labelIndexes, niceTicks } from "@/lib/organizers/dashboard-chart";
import { MAX_CHART_DAYS, type DayCount } from "@/lib/organizers/dashboard-days";
import styles from "./dashboard.module.css";
import { formatDay, SHORT_DAY } from "../format-day";

// Drawn for a phone: the view box is as wide as the page's column on a 360 px screen, so
// the 12-unit labels are 12 px there; the CSS caps the width so they grow little on wider ones.
const WIDTH = 320;
const HEIGHT = 190;
const PLOT = { top: 10, right: 20, bottom: 26, left: 40 };
const PLOT_WIDTH = WIDTH - PLOT.left - PLOT.right;
const PLOT_HEIGHT = HEIGHT - PLOT.top - PLOT.bottom;
/** Half the width of a short date label, to keep the first and last inside the picture. */
const LABEL_HALF_WIDTH = 18;

interface DailyChartProps {
  days: DayCount[];
  truncated: boolean;
}

/**
 * Confirmed signatures per day as bars, drawn on the server as SVG. The picture carries a
 * summary for screen readers; the same figures follow in a table.
 */
export function DailyChart({ days, truncated }: DailyChartProps) {
  const t = useTranslations("OrganizerDashboard");
  const locale = useLocale() as Locale;

  return (
    <section aria-labelledby="daily-chart-title">
      <h2 id="daily-chart-title">{t("chartTitle")}</h2>
      {days.length === 0 ? (
        <p>{t("chartEmpty")}</p>
      ) : (
        <>
          {truncated && <p className={styles.notice}>{t("chartTruncated", { days: MAX_CHART_DAYS })}</p>}
          <figure className={styles.chart}>
            <Bars
              days={days}
              locale={locale}
              summary={summarize(days, locale, t)}
              barLabel={(day) =>
                t("barTooltip", {
                  day: formatDay(day.day, locale),
                  count: day.count,
                  formattedCount: formatNumber(day.count, locale),
                })
              }
            />
            <figcaption className={styles.hint}>{t("chartTimeZone")}</figcaption>
          </figure>
          <details className={styles.details}>
            <summary>{t("showDailyTable")}</summary>
            <DailyTable days={days} locale={locale} />
          </details>
        </>
      )}
    </section>
  );
}

/** The chart in one or two sentences: the total, the dates and the busiest day. */
function summarize(days: DayCount[], locale: Locale, t: ReturnType<typeof useTranslations>): string {
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const peak = days.reduce((best, day) => (day.count > best.count ? day : best));
  return [
    t("chartSummary", {
      count: total,
      formattedCount: formatNumber(total, locale),
      from: formatDay(days[0]!.day, locale),
      to: formatDay(days.at(-1)!.day, locale),
    }),
    peak.count > 0
      ? t("chartPeak", { day: formatDay(peak.day, locale), formattedCount: formatNumber(peak.count, locale) })
      : "",
    t("chartTableNote"),
  ]
    .filter(Boolean)
    .join(" ");
}

interface BarsProps {
  days: DayCount[];
  locale: Locale;
  summary: string;
  barLabel: (day: DayCount) => string;
}

function Bars({ days, locale, summary, barLabel }: BarsProps) {
  const ticks = niceTicks(Math.max(...days.map((day) => day.count)));
  const top = ticks.at(-1)!;
  const band = PLOT_WIDTH / days.length;
  // With many days the gaps would be thinner than a pixel; the bars then touch.
  const barWidth = days.length > 60 ? band : band * 0.75;
  const y = (count: number) => PLOT.top + PLOT_HEIGHT - (count / top) * PLOT_HEIGHT;
  const centre = (index: number) => PLOT.left + band * (index + 0.5);
  const labelX = (index: number) =>
    Math.min(Math.max(centre(index), PLOT.left + LABEL_HALF_WIDTH), WIDTH - LABEL_HALF_WIDTH);

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className={styles.chartSvg}>
      <g className={styles.axis} fontSize={12}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PLOT.left}
              x2={WIDTH - PLOT.right}
              y1={y(tick)}
              y2={y(tick)}
              className={styles.gridLine}
            />
            <text x={PLOT.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {formatNumber(tick, locale, { notation: "compact" })}
            </text>
          </g>
        ))}
        {labelIndexes(days.length).map((index) => (
          <text key={index} x={labelX(index)} y={HEIGHT - 6} textAnchor="middle">
            {formatDay(days[index]!.day, locale, SHORT_DAY)}
          </text>
        ))}
      </g>
      {days.map((day, index) =>
        day.count > 0 ? (
          <rect
            key={day.day}
            className={styles.bar}
            x={centre(index) - barWidth / 2}
            width={barWidth}
            // A day with a single signature among thousands still shows.
            y={Math.min(y(day.count), PLOT.top + PLOT_HEIGHT - 1)}
            height={Math.max(PLOT.top + PLOT_HEIGHT - y(day.count), 1)}
          >
            <title>{barLabel(day)}</title>
          </rect>
        ) : null,
      )}
      <line
        x1={PLOT.left}
        x2={WIDTH - PLOT.right}
        y1={PLOT.top + PLOT_HEIGHT}
        y2={PLOT.top + PLOT_HEIGHT}
        className={styles.baseline}
      />
    </svg>
  );
}

function DailyTable({ days, locale }: { days: DayCount[]; locale: Locale }) {
  const t = useTranslations("OrganizerDashboard");
  return (
    <div className="table-scroll" role="region" aria-labelledby="daily-table-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="daily-table-caption">{t("dailyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dayColumn")}</th>
            <th scope="col" className="numeric">
              {t("countColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">
                <time dateTime={day.day}>{formatDay(day.day, locale, { dateStyle: "medium" })}</time>
              </th>
              <td className="numeric">{formatNumber(day.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
