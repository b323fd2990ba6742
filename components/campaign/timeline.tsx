import { useLocale, useTranslations } from "next-intl";
import { calendarDay, campaignFormatter } from "@/i18n/format";
import { TIMELINE, type TimelineEvent } from "@/lib/campaign/timeline";
import { SourceCitation } from "./source-citation";
import styles from "./timeline.module.css";

/** How much of a milestone's date is known, and the named format (i18n/format.ts) that says as much. */
const DATE_FORMATS = {
  day: "longDay",
  month: "monthDay",
  year: "year",
  aroundYear: "year",
} as const satisfies Record<TimelineEvent["precision"], string>;

/** A dated list of milestones; an ordered list reads the same to everyone. */
export function Timeline({
  events = TIMELINE,
  className,
}: {
  events?: readonly TimelineEvent[];
  /** Added to the list's own class, for the page around it (the fact sheet's print sizes). */
  className?: string;
}) {
  const t = useTranslations("Timeline");
  const format = campaignFormatter(useLocale());
  return (
    <ol className={className ? `${styles.timeline} ${className}` : styles.timeline}>
      {events.map((event) => {
        // A year or a month is read as its first day; the format shows only what is known.
        const date = calendarDay(event.date.padEnd(10, "-01").slice(0, 10));
        const when = format.dateTime(date, DATE_FORMATS[event.precision]);
        return (
          <li key={event.id} className={styles.item}>
            <time dateTime={event.date} className={styles.date}>
              {event.precision === "aroundYear" ? t("around", { year: when }) : when}
            </time>
            <p className={styles.text}>{t(`events.${event.id}`)}</p>
            <SourceCitation source={event.source} className={styles.citation} />
          </li>
        );
      })}
    </ol>
  );
}
