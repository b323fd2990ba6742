import { getLocale, getTranslations } from "next-intl/server";
import form from "@/components/ui/form.module.css";
import table from "@/components/ui/table.module.css";
import { campaignFormatter } from "@/i18n/format";
import { HIDDEN_LOG_LIMIT, type HiddenNameEntry } from "@/lib/organizers/public-list/log";
import styles from "./signers.module.css";

/** Every hidden name, newest first: when, which name, who hid it and why. */
export async function HiddenNamesLog({ entries }: { entries: HiddenNameEntry[] }) {
  const t = await getTranslations("OrganizerSigners.log");
  const format = campaignFormatter(await getLocale());
  return (
    <section aria-labelledby="hidden-log-heading" className={styles.section}>
      <h2 id="hidden-log-heading">{t("heading")}</h2>
      {entries.length === 0 ? (
        <p className={styles.notice}>{t("empty")}</p>
      ) : (
        <div className={table.scroll} role="region" aria-labelledby="hidden-log-caption" tabIndex={0}>
          <table className={`${table.table} ${styles.typed}`}>
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
                      {format.dateTime(entry.createdAt, "logEntry")}
                    </time>
                  </td>
                  <td className={styles.name}>{entry.name}</td>
                  <td className={styles.email}>{entry.organizerEmail}</td>
                  <td className={styles.reason}>{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.length >= HIDDEN_LOG_LIMIT && (
        <p className={form.hint}>{t("latest", { limit: format.number(HIDDEN_LOG_LIMIT) })}</p>
      )}
    </section>
  );
}
