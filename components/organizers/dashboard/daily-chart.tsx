import { useLocale, useTranslations } from "next-intl";
import table from "@/components/ui/table.module.css";
import { calendarDay, campaignFormatter, type CampaignFormatter } from "@/i18n/format";
import { labelIndexes, niceTicks } from "@/lib/organizers/dashboard-chart";
import {
  chartBars,
  MAX_CHART_DAYS,
  MAX_DAILY_BARS,
  type ChartBar,
  type ChartBars,
  type DayCount,
} from "@/lib/organizers/dashboard-days";
import styles from "./dashboard.module.css";

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
 * Confirmed signatures over the period as bars, drawn on the server as SVG: a bar per day, or
 * per week when the period is longer than a quarter (chartBars). The picture carries a summary
 * for screen readers; the same figures follow in a table.
 */
export function DailyChart({ days, truncated }: DailyChartProps) {
  const t = useTranslations("OrganizerDashboard");
  const format = campaignFormatter(useLocale());
  const { unit, bars } = chartBars(days);

  return (
    <section aria-labelledby="daily-chart-title">
      <h2 id="daily-chart-title">{t("chartTitle")}</h2>
      {days.length === 0 ? (
        <p>{t("chartEmpty")}</p>
      ) : (
        <>
          {truncated && (
            <p className={styles.notice}>{t("chartTruncated", { days: format.number(MAX_CHART_DAYS) })}</p>
          )}
          <figure className={styles.chart}>
            <Bars
              bars={bars}
              format={format}
              summary={summarize(days, unit, bars, format, t)}
              barLabel={(bar) =>
                t("barTooltip", {
                  period: unit === "day" ? longDay(format, bar.from) : mediumPeriod(format, bar),
                  count: bar.count,
                  formattedCount: format.number(bar.count),
                })
              }
            />
            <figcaption className={styles.hint}>
              {unit === "day"
                ? t("chartDayBars")
                : t("chartWeekBars", { days: format.number(MAX_DAILY_BARS) })}
            </figcaption>
          </figure>
          <details className={styles.details}>
            <summary>{unit === "day" ? t("showDailyTable") : t("showWeeklyTable")}</summary>
            <BarsTable unit={unit} bars={bars} format={format} />
          </details>
        </>
      )}
    </section>
  );
}

/** A YYYY-MM-DD day of the campaign in words: "3 de noviembre de 2026". */
function longDay(format: CampaignFormatter, day: string): string {
  return format.dateTime(calendarDay(day), "longDay");
}

/** A bar's days, short: "3 nov 2026", or for a week "2–8 de nov de 2026". */
function mediumPeriod(format: CampaignFormatter, { from, to }: ChartBar): string {
  return from === to
    ? format.dateTime(calendarDay(from), "mediumDay")
    : format.dateTimeRange(calendarDay(from), calendarDay(to), "mediumDay");
}

/** The chart in one or two sentences: the total, the dates and the busiest day or week. */
function summarize(
  days: DayCount[],
  unit: ChartBars["unit"],
  bars: ChartBar[],
  format: CampaignFormatter,
  t: ReturnType<typeof useTranslations>,
): string {
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const peak = bars.reduce((best, bar) => (bar.count > best.count ? bar : best));
  const peakSentence =
    peak.count === 0
      ? ""
      : unit === "day"
        ? t("chartPeak", { day: longDay(format, peak.from), formattedCount: format.number(peak.count) })
        : t("chartPeakWeek", {
            from: longDay(format, peak.from),
            to: longDay(format, peak.to),
            formattedCount: format.number(peak.count),
          });
  return [
    t("chartSummary", {
      count: total,
      formattedCount: format.number(total),
      from: longDay(format, days[0]!.day),
      to: longDay(format, days.at(-1)!.day),
    }),
    peakSentence,
    unit === "day" ? t("chartTableNote") : t("chartTableNoteWeek"),
  ]
    .filter(Boolean)
    .join(" ");
}

interface BarsProps {
  bars: ChartBar[];
  format: CampaignFormatter;
  summary: string;
  barLabel: (bar: ChartBar) => string;
}

function Bars({ bars, format, summary, barLabel }: BarsProps) {
  const ticks = niceTicks(Math.max(...bars.map((bar) => bar.count)));
  const top = ticks.at(-1)!;
  const band = PLOT_WIDTH / bars.length;
  // With many bars the gaps would be thinner than a pixel; the bars then touch.
  const barWidth = bars.length > 60 ? band : band * 0.75;
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
              {format.number(tick, "compact")}
            </text>
          </g>
        ))}
        {labelIndexes(bars.length).map((index) => (
          <text key={index} x={labelX(index)} y={HEIGHT - 6} textAnchor="middle">
            {format.dateTime(calendarDay(bars[index]!.from), "shortDay")}
          </text>
        ))}
      </g>
      {bars.map((bar, index) =>
        bar.count > 0 ? (
          <rect
            key={bar.from}
            className={styles.bar}
            x={centre(index) - barWidth / 2}
            width={barWidth}
            // A day with a single signature among thousands still shows.
            y={Math.min(y(bar.count), PLOT.top + PLOT_HEIGHT - 1)}
            height={Math.max(PLOT.top + PLOT_HEIGHT - y(bar.count), 1)}
          >
            <title>{barLabel(bar)}</title>
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

interface BarsTableProps {
  unit: ChartBars["unit"];
  bars: ChartBar[];
  format: CampaignFormatter;
}

function BarsTable({ unit, bars, format }: BarsTableProps) {
  const t = useTranslations("OrganizerDashboard");
  return (
    <div className={table.scroll} role="region" aria-labelledby="daily-table-caption" tabIndex={0}>
      <table className={table.table}>
        <caption id="daily-table-caption">{unit === "day" ? t("dailyCaption") : t("weeklyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{unit === "day" ? t("dayColumn") : t("weekColumn")}</th>
            <th scope="col" className={table.numeric}>
              {t("countColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.from}>
              <th scope="row">
                {unit === "day" ? (
                  <time dateTime={bar.from}>{mediumPeriod(format, bar)}</time>
                ) : (
                  mediumPeriod(format, bar)
                )}
              </th>
              <td className={table.numeric}>{format.number(bar.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
