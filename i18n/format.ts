import { createFormatter, type Formats, type Locale } from "next-intl";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";

/**
 * The regional conventions numbers and dates follow. Plain "es" formats like Spain
 * (10.000; 1234 without a separator); the site speaks to Mexico first (10,000; 1,234).
 */
export const INTL_LOCALES = { es: "es-MX", en: "en-US" } as const satisfies Record<Locale, string>;

/**
 * The site's named formats. A calendar day ("2026-11-30") is already a Mexico City day: it is
 * read at noon UTC and written in UTC (the `*Day` formats), so no time zone can move it.
 */
export const formats = {
  dateTime: {
    /** "29 de noviembre de 2026, 2:33 p.m.": when figures were read, in Mexico City time. */
    asOf: { dateStyle: "long", timeStyle: "short" },
    /** "30 de noviembre de 2026" in Mexico City time. */
    long: { dateStyle: "long" },
    /** "30 nov 2026, 14:05" in Mexico City time: rows of organizer logs. */
    logEntry: { dateStyle: "medium", timeStyle: "short" },
    longDay: { dateStyle: "long", timeZone: "UTC" },
    mediumDay: { dateStyle: "medium", timeZone: "UTC" },
    /** "3 mar" / "Mar 3": short enough for a chart's axis. */
    shortDay: { day: "numeric", month: "short", timeZone: "UTC" },
    monthDay: { month: "long", year: "numeric", timeZone: "UTC" },
    year: { year: "numeric", timeZone: "UTC" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 1 },
    compact: { notation: "compact" },
  },
} as const satisfies Formats;

export type CampaignFormatter = ReturnType<typeof createFormatter>;

const formatters = new Map<Locale, CampaignFormatter>();

/**
 * next-intl's formatter for a language of the site, with its regional conventions and the
 * campaign's time zone. next-intl types a formatter's locale as one of the site's locales;
 * Intl takes the regional tag, so that one value is widened here and nowhere else.
 */
export function campaignFormatter(locale: Locale): CampaignFormatter {
  let formatter = formatters.get(locale);
  if (!formatter) {
    const regional: string = INTL_LOCALES[locale];
    formatter = createFormatter({ locale: regional as Locale, timeZone: CAMPAIGN_TIME_ZONE, formats });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** A YYYY-MM-DD calendar day as the instant the `*Day` formats read. */
export function calendarDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
