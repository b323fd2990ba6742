import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import type { Locale } from "./routing";

/**
 * The regional conventions numbers and dates follow. Plain "es" formats like Spain
 * (10.000; 1234 without a separator); the site speaks to Mexico first (10,000; 1,234).
 */
export const INTL_LOCALES = { es: "es-MX", en: "en-US" } as const satisfies Record<Locale, string>;

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], options).format(value);
}

export function formatDateTime(value: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], options).format(value);
}

/** "29 de noviembre de 2026, 2:33 p.m." in Mexico City time, for "figures as of". */
export function formatAsOf(iso: string, locale: Locale): string {
  return formatDateTime(new Date(iso), locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: CAMPAIGN_TIME_ZONE,
  });
}
