import { useLocale, useTranslations } from "next-intl";
import table from "@/components/ui/table.module.css";
import { calendarDay, campaignFormatter, type CampaignFormatter } from "@/i18n/format";
import { labelIndexes, niceTicks } from "@/lib/organizers/dashboard-chart";
import { MAX_CHART_DAYS, type DayCount } from "@/lib/organizers/dashboard-days";
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
 * Confirmed signatures per day as bars, drawn on the server as SVG. The picture carries a
 * summary for screen readers; the same figures follow in a table.
 */
export function DailyChart({ days, truncated }: DailyChartProps) {
  const t = useTranslations("OrganizerDashboard");
  const format = campaignFormatter(useLocale());

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
              days={days}
              format={format}
              summary={summarize(days, format, t)}
              barLabel={(day) =>
                t("barTooltip", {
                  day: longDay(format, day.day),
                  count: day.count,
                  formattedCount: format.number(day.count),
                })
              }
            />
            <figcaption className={styles.hint}>{t("chartTimeZone")}</figcaption>
          </figure>
          <details className={styles.details}>
            <summary>{t("showDailyTable")}</summary>
            <DailyTable days={days} format={format} />
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

/** The chart in one or two sentences: the total, the dates and the busiest day. */
function summarize(
  days: DayCount[],
  format: CampaignFormatter,
  t: ReturnType<typeof useTranslations>,
): string {
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const peak = days.reduce((best, day) => (day.count > best.count ? day : best));
  return [
    t("chartSummary", {
      count: total,
      formattedCount: format.number(total),
      from: longDay(format, days[0]!.day),
      to: longDay(format, days.at(-1)!.day),
    }),
    peak.count > 0
      ? t("chartPeak", { day: longDay(format, peak.day), formattedCount: format.number(peak.count) })
      : "",
    t("chartTableNote"),
  ]
    .filter(Boolean)
    .join(" ");
}

interface BarsProps {
  days: DayCount[];
  format: CampaignFormatter;
  summary: string;
  barLabel: (day: DayCount) => string;
}

function Bars({ days, format, summary, barLabel }: BarsProps) {
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
              {format.number(tick, "compact")}
            </text>
          </g>
        ))}
        {labelIndexes(days.length).map((index) => (
          <text key={index} x={labelX(index)} y={HEIGHT - 6} textAnchor="middle">
            {format.dateTime(calendarDay(days[index]!.day), "shortDay")}
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

function DailyTable({ days, format }: { days: DayCount[]; format: CampaignFormatter }) {
  const t = useTranslations("OrganizerDashboard");
  return (
    <div className={table.scroll} role="region" aria-labelledby="daily-table-caption" tabIndex={0}>
      <table className={table.table}>
        <caption id="daily-table-caption">{t("dailyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dayColumn")}</th>
            <th scope="col" className={table.numeric}>
              {t("countColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">
                <time dateTime={day.day}>{format.dateTime(calendarDay(day.day), "mediumDay")}</time>
              </th>
              <td className={table.numeric}>{format.number(day.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
