import { getLocale, getTranslations } from "next-intl/server";
import form from "@/components/ui/form.module.css";
import table from "@/components/ui/table.module.css";
import { campaignFormatter } from "@/i18n/format";
import { LOG_LIMIT, type InvalidationLogEntry } from "@/lib/organizers/abuse/log";
import { CriterionSummary } from "./criterion-summary";
import styles from "./abuse.module.css";

interface InvalidationLogProps {
  entries: InvalidationLogEntry[];
}

/** Every invalidation, newest first: when, who, by what criterion, how many. */
export async function InvalidationLog({ entries }: InvalidationLogProps) {
  const t = await getTranslations("OrganizerAbuse.log");
  const format = campaignFormatter(await getLocale());
  const number = (value: number) => format.number(value);

  return (
    <section aria-labelledby="log-heading" className={styles.section}>
      <h2 id="log-heading">{t("heading")}</h2>
      {entries.length === 0 ? (
        <p className={styles.notice}>{t("empty")}</p>
      ) : (
        <div className={table.scroll} role="region" aria-labelledby="invalidation-log-caption" tabIndex={0}>
          <table className={table.table}>
            <caption id="invalidation-log-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("criterion")}</th>
                <th scope="col" className={table.numeric}>
                  {t("signatures")}
                </th>
                <th scope="col" className={table.numeric}>
                  {t("confirmed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.createdAt.toISOString()}>
                      {format.dateTime(entry.createdAt, "logEntry")}
                    </time>
                  </td>
                  <td className={styles.email}>{entry.organizerEmail}</td>
                  <td>
                    <CriterionSummary
                      criterion={entry}
                      abbreviate
                      networkForgottenAt={entry.ipHashDroppedAt}
                    />
                  </td>
                  <td className={table.numeric}>{number(entry.signatureCount)}</td>
                  <td className={table.numeric}>{number(entry.confirmedCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.length >= LOG_LIMIT && (
        <p className={form.hint}>{t("latest", { limit: number(LOG_LIMIT) })}</p>
      )}
    </section>
  );
}
