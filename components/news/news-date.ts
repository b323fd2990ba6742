import type { Locale } from "next-intl";
import { campaignFormatter } from "@/i18n/format";

/** "30 de noviembre de 2026" / "November 30, 2026": the day in Mexico City, where the campaign is. */
export function formatNewsDate(iso: string, locale: Locale): string {
  return campaignFormatter(locale).dateTime(new Date(iso), "long");
}

/** Whether an update was corrected after it was published (a minute's grace for the publishing itself). */
export function wasCorrected(publishedAt: string, updatedAt: string): boolean {
  return new Date(updatedAt).getTime() - new Date(publishedAt).getTime() > 60_000;
}
