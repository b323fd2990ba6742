import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { petitionPhase, type CampaignSettings } from "@/lib/settings/schema";

export interface PetitionDatesProps {
  opensAt: CampaignSettings["opensAt"];
  closesAt: CampaignSettings["closesAt"];
  /** The render time; pages are re-rendered at least every few minutes, so this stays close to now. */
  now: Date;
}

/** When the petition opens or closes, as the organizers set it; nothing when no date is set. */
export function PetitionDates({ opensAt, closesAt, now }: PetitionDatesProps) {
  const t = useTranslations("PetitionDates");
  const locale = useLocale() as Locale;
  const day = (value: string) =>
    formatDateTime(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00-06:00` : value), locale, {
      dateStyle: "long",
      timeZone: "America/Mexico_City",
    });

  const phase = petitionPhase({ opensAt, closesAt }, now);
  if (phase === "not-open" && opensAt)
    return <p className="petition-dates">{t("opens", { date: day(opensAt) })}</p>;
  if (!closesAt) return null;
  return (
    <p className="petition-dates">
      {phase === "open" ? t("closes", { date: day(closesAt) }) : t("closed", { date: day(closesAt) })}
    </p>
  );
}
