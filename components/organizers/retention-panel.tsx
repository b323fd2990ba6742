import { getLocale, getTranslations } from "next-intl/server";
import table from "@/components/ui/table.module.css";
import { campaignFormatter } from "@/i18n/format";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { erasureDate } from "@/lib/retention/erasure-date";
import { latestRetentionRuns, UNCONFIRMED_GRACE_DAYS } from "@/lib/retention/run-retention";
import type { CampaignSettings } from "@/lib/settings/schema";

/** What retention will do and when, and what its latest runs did (lib/retention). */
export async function RetentionPanel({ settings }: { settings: CampaignSettings }) {
  const [t, locale, runs] = await Promise.all([
    getTranslations("OrganizerRetention"),
    getLocale(),
    latestRetentionRuns(db(), 5),
  ]);
  const erasure = erasureDate(settings);
  const format = campaignFormatter(locale);
  const count = (value: number) => format.number(value);

  return (
    <section aria-labelledby="retention-title">
      <h2 id="retention-title">{t("title")}</h2>
      <p>{erasure ? t("erasureOn", { date: format.dateTime(erasure, "logEntry") }) : t("noErasureDate")}</p>
      <ul>
        <li>{t("ruleUnconfirmed", { days: UNCONFIRMED_GRACE_DAYS })}</li>
        <li>{t("ruleNetwork", { days: serverEnv().NETWORK_HASH_RETENTION_DAYS })}</li>
        <li>{t("ruleOutbox")}</li>
      </ul>
      {runs.length === 0 ? (
        <p>{t("noRuns")}</p>
      ) : (
        <div className={table.scroll} role="region" aria-labelledby="retention-caption" tabIndex={0}>
          <table className={table.table}>
            <caption id="retention-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col" className={table.numeric}>
                  {t("unconfirmed")}
                </th>
                <th scope="col" className={table.numeric}>
                  {t("networks")}
                </th>
                <th scope="col" className={table.numeric}>
                  {t("erased")}
                </th>
                <th scope="col" className={table.numeric}>
                  {t("other")}
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>
                    <time dateTime={run.startedAt.toISOString()}>
                      {format.dateTime(run.startedAt, "logEntry")}
                    </time>
                  </td>
                  <td>{run.trigger === "schedule" ? t("schedule") : run.trigger}</td>
                  <td className={table.numeric}>{count(run.unconfirmedDeleted)}</td>
                  <td className={table.numeric}>{count(run.networkHashesDropped)}</td>
                  <td className={table.numeric}>{count(run.signaturesErased)}</td>
                  <td className={table.numeric}>
                    {count(run.outboxDeleted + run.signInLinksDeleted + run.sessionsDeleted)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
