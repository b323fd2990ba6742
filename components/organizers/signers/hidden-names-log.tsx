import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { HIDDEN_LOG_LIMIT, type HiddenNameEntry } from "@/lib/organizers/public-list/log";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import styles from "./signers.module.css";

/** Every hidden name, newest first: when, which name, who hid it and why. */
export async function HiddenNamesLog({ locale, entries }: { locale: Locale; entries: HiddenNameEntry[] }) {
  const t = await getTranslations("OrganizerSigners.log");
  return (
    <section aria-labelledby="hidden-log-heading" className={styles.section}>
      <h2 id="hidden-log-heading">{t("heading")}</h2>
      {entries.length === 0 ? (
        <p className={styles.notice}>{t("empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="hidden-log-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="hidden-log-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className={styles.day}>
                    <time dateTime={entry.createdAt.toISOString()}>
                      {formatDateTime(entry.createdAt, locale, {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: CAMPAIGN_TIME_ZONE,
                      })}
                    </time>
                  </td>
                  <td className={styles.name}>
                    {entry.name ?? <span className={styles.gone}>{t("nameGone")}</span>}
                  </td>
                  <td className={styles.email}>{entry.organizerEmail}</td>
                  <td className={styles.reason}>{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.length >= HIDDEN_LOG_LIMIT && (
        <p className="field__hint">{t("latest", { limit: HIDDEN_LOG_LIMIT })}</p>
      )}
    </section>
  );
}
