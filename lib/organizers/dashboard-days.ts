// Calendar days as YYYY-MM-DD strings. The dashboard counts days in Mexico City time,
// like the public counters; the arithmetic is done in UTC so no local offset can shift a day.
import type { DateRange } from "./date-range";

export interface DayCount {
  day: string;
  count: number;
}

/** The chart spans at most a year of days: beyond that, bars thinner than a pixel say nothing. */
export const MAX_CHART_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (0 when `to` comes first). */
export function dayCount(from: string, to: string): number {
  return Math.max(
    0,
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1,
  );
}

export interface ChartWindow {
  from: string;
  to: string;
  /** True when the range was longer than MAX_CHART_DAYS and only its last days are drawn. */
  truncated: boolean;
}

/**
 * Which days the chart draws: the range as asked, but never past today (nothing is confirmed
 * in the future) and, without a start date, from the first day with a confirmation.
 * Null when there is nothing to draw.
 */
export function chartWindow(
  range: DateRange,
  firstDataDay: string | null,
  today: string,
): ChartWindow | null {
  const from = range.from ?? firstDataDay;
  const to = range.to && range.to < today ? range.to : today;
  if (!from || from > to) return null;
  if (dayCount(from, to) <= MAX_CHART_DAYS) return { from, to, truncated: false };
  return { from: addDays(to, 1 - MAX_CHART_DAYS), to, truncated: true };
}

/** One entry per day of the window, zero where nothing was counted. */
export function fillDays(
  counts: ReadonlyMap<string, number>,
  { from, to }: { from: string; to: string },
): DayCount[] {
  return Array.from({ length: dayCount(from, to) }, (_, index) => {
    const day = addDays(from, index);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/**
 * Up to this many days (about a quarter) the chart draws a bar per day. A longer window is
 * drawn by week: a year of daily bars is thinner than a pixel each on a phone, and a table of
 * every day runs to hundreds of rows, rendered and sent on every load of the dashboard.
 */
export const MAX_DAILY_BARS = 92;

/** One bar of the chart and one row of its table: the days from `from` to `to`, both included. */
export interface ChartBar {
  from: string;
  to: string;
  count: number;
}

export interface ChartBars {
  unit: "day" | "week";
  bars: ChartBar[];
}

/** The Monday of the week (Monday to Sunday) that holds `day`. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * The bars for consecutive days (as fillDays gives them): one per day, or, past
 * MAX_DAILY_BARS days, one per week from Monday to Sunday. The first and last weeks are cut
 * to the window, so every bar counts only days of the window and the bars add up to its total.
 */
export function chartBars(days: readonly DayCount[]): ChartBars {
  if (days.length <= MAX_DAILY_BARS)
    return { unit: "day", bars: days.map(({ day, count }) => ({ from: day, to: day, count })) };
  const bars: ChartBar[] = [];
  let week = "";
  for (const { day, count } of days) {
    const current = bars.at(-1);
    const dayWeek = weekStart(day);
    if (current && dayWeek === week) {
      current.to = day;
      current.count += count;
    } else {
      bars.push({ from: day, to: day, count });
      week = dayWeek;
    }
  }
  return { unit: "week", bars };
}
