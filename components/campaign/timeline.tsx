import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { TIMELINE, type TimelineEvent } from "@/lib/campaign/timeline";
import { SourceCitation } from "./source-citation";

const DATE_FORMATS = {
  day: { year: "numeric", month: "long", day: "numeric" },
  month: { year: "numeric", month: "long" },
  year: { year: "numeric" },
  aroundYear: { year: "numeric" },
} as const;

/** A dated list of milestones; an ordered list reads the same to everyone. */
export function Timeline({ events = TIMELINE }: { events?: readonly TimelineEvent[] }) {
  const t = useTranslations("Timeline");
  const locale = useLocale() as Locale;
  return (
    <ol className="timeline">
      {events.map((event) => {
        // Noon UTC keeps the calendar day the same in every time zone.
        const date = new Date(`${event.date.padEnd(10, "-01").slice(0, 10)}T12:00:00Z`);
        return (
          <li key={event.id} className="timeline__item">
            <time dateTime={event.date} className="timeline__date">
              {event.precision === "aroundYear"
                ? t("around", { year: formatDateTime(date, locale, DATE_FORMATS.aroundYear) })
                : formatDateTime(date, locale, DATE_FORMATS[event.precision])}
            </time>
            <p className="timeline__text">{t(`events.${event.id}`)}</p>
            <SourceCitation source={event.source} />
          </li>
        );
      })}
    </ol>
  );
}
