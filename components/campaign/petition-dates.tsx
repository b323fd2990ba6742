import { useLocale, useTranslations } from "next-intl";
import { calendarDay, campaignFormatter } from "@/i18n/format";
import { petitionPhase, type CampaignSettings } from "@/lib/settings/schema";
import styles from "./petition-dates.module.css";

export interface PetitionDatesProps {
  opensAt: CampaignSettings["opensAt"];
  closesAt: CampaignSettings["closesAt"];
  /** The render time; pages are re-rendered at least every few minutes, so this stays close to now. */
  now: Date;
}

/** When the petition opens or closes, as the organizers set it; nothing when no date is set. */
export function PetitionDates({ opensAt, closesAt, now }: PetitionDatesProps) {
  const t = useTranslations("PetitionDates");
  const format = campaignFormatter(useLocale());
  // A bare day is already a Mexico City day; an instant is shown in Mexico City time.
  const day = (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? format.dateTime(calendarDay(value), "longDay")
      : format.dateTime(new Date(value), "long");

  const phase = petitionPhase({ opensAt, closesAt }, now);
  if (phase === "not-open" && opensAt)
    return <p className={styles.dates}>{t("opens", { date: day(opensAt) })}</p>;
  if (!closesAt) return null;
  return (
    <p className={styles.dates}>
      {phase === "open" ? t("closes", { date: day(closesAt) }) : t("closed", { date: day(closesAt) })}
    </p>
  );
}
