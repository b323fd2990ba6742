import { getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { LOG_LIMIT, type InvalidationLogEntry } from "@/lib/organizers/abuse/log";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { CriterionSummary } from "./criterion-summary";
import styles from "./abuse.module.css";

interface InvalidationLogProps {
  locale: Locale;
  entries: InvalidationLogEntry[];
}

/** Every invalidation, newest first: when, who, by what criterion, how many. */
export async function InvalidationLog({ locale, entries }: InvalidationLogProps) {
  const t = await getTranslations("OrganizerAbuse.log");
  const number = (value: number) => formatNumber(value, locale);

  return (
    <section aria-labelledby="log-heading" className={styles.section}>
      <h2 id="log-heading">{t("heading")}</h2>
      {entries.length === 0 ? (
        <p className={styles.notice}>{t("empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="invalidation-log-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="invalidation-log-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("criterion")}</th>
                <th scope="col" className="numeric">
                  {t("signatures")}
                </th>
                <th scope="col" className="numeric">
                  {t("confirmed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.createdAt.toISOString()}>
                      {formatDateTime(entry.createdAt, locale, {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: CAMPAIGN_TIME_ZONE,
                      })}
                    </time>
                  </td>
                  <td className={styles.email}>{entry.organizerEmail}</td>
                  <td>
                    <CriterionSummary locale={locale} criterion={entry} abbreviate />
                  </td>
                  <td className="numeric">{number(entry.signatureCount)}</td>
                  <td className="numeric">{number(entry.confirmedCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.length >= LOG_LIMIT && <p className="field__hint">{t("latest", { limit: LOG_LIMIT })}</p>}
    </section>
  );
}
