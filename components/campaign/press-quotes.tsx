import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import type { PressQuote } from "@/lib/settings/schema";
import styles from "./press-quotes.module.css";

/**
 * What people really said, as organizers recorded it in the settings (pressQuotes):
 * the site never puts words in anyone's mouth, so without quotes there is no section.
 */
export function PressQuotes({ quotes }: { quotes: readonly PressQuote[] | undefined }) {
  const t = useTranslations("PressQuotes");
  const locale = useLocale() as Locale;
  if (!quotes?.length) return null;
  return (
    <section aria-labelledby="press-quotes">
      <h2 id="press-quotes">{t("title")}</h2>
      {quotes.map((quote, index) => {
        const role = quote.role?.[locale];
        return (
          // Quotes have no id of their own; their order is the organizers' order.
          <figure key={index} className={`quote ${styles.quote}`}>
            <blockquote cite={quote.source.url}>
              <p>{quote.text[locale]}</p>
            </blockquote>
            <figcaption>
              {t.rich("caption", {
                speaker: role ? t("attribution", { speaker: quote.speaker, role }) : quote.speaker,
                when: formatQuoteDate(quote.date, locale),
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

// A bare calendar day: formatted in UTC so no time zone moves it to the day before.
function formatQuoteDate(date: string, locale: Locale): string {
  return formatDateTime(new Date(`${date}T00:00:00Z`), locale, { dateStyle: "long", timeZone: "UTC" });
}
