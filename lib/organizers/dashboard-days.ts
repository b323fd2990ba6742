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
