import { useLocale, useTranslations } from "next-intl";
import { calendarDay, campaignFormatter } from "@/i18n/format";
import type { PressQuote } from "@/lib/settings/schema";
import styles from "./press-quotes.module.css";
import quoteStyles from "./quote.module.css";

/**
 * What people really said, as organizers recorded it in the settings (pressQuotes):
 * the site never puts words in anyone's mouth, so without quotes there is no section.
 */
export function PressQuotes({ quotes }: { quotes: readonly PressQuote[] | undefined }) {
  const t = useTranslations("PressQuotes");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  if (!quotes?.length) return null;
  return (
    <section aria-labelledby="press-quotes">
      <h2 id="press-quotes">{t("title")}</h2>
      {quotes.map((quote, index) => {
        const role = quote.role?.[locale];
        return (
          // Quotes have no id of their own; their order is the organizers' order.
          <figure key={index} className={`${quoteStyles.quote} ${styles.quote}`}>
            <blockquote cite={quote.source.url}>
              <p>{quote.text[locale]}</p>
            </blockquote>
            <figcaption>
              {t.rich("caption", {
                speaker: role ? t("attribution", { speaker: quote.speaker, role }) : quote.speaker,
                when: format.dateTime(calendarDay(quote.date), "longDay"),
                label: quote.source.label,
                time: (chunks) => <time dateTime={quote.date}>{chunks}</time>,
                source: (chunks) =>
                  quote.source.url ? <a href={quote.source.url}>{chunks}</a> : <cite>{chunks}</cite>,
              })}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
