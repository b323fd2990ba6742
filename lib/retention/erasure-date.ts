import { closingInstant, type CampaignSettings } from "@/lib/settings/schema";

/**
 * When every signature's personal data is erased: the petition's closing instant plus the
 * retention period in months. Null while either setting is missing (then nothing is erased
 * on that ground, and the settings page says so).
 */
export function erasureDate(settings: Pick<CampaignSettings, "closesAt" | "retentionPeriod">): Date | null {
  if (!settings.closesAt || !settings.retentionPeriod) return null;
  const date = closingInstant(settings.closesAt);
  date.setUTCMonth(date.getUTCMonth() + settings.retentionPeriod.months);
  return date;
}
