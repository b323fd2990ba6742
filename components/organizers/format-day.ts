import { formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";

/**
 * A YYYY-MM-DD calendar day in words. The day is already a Mexico City day, so it is read
 * and written in UTC: no time zone may move it to the day before.
 */
export function formatDay(
  day: string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" },
) {
  return formatDateTime(new Date(`${day}T12:00:00Z`), locale, { ...options, timeZone: "UTC" });
}

/** "3 mar" / "Mar 3": short enough for the chart's axis. */
export const SHORT_DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" };
