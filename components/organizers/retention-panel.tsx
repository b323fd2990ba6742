import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { erasureDate } from "@/lib/retention/erasure-date";
import { latestRetentionRuns, UNCONFIRMED_GRACE_DAYS } from "@/lib/retention/run-retention";
import type { CampaignSettings } from "@/lib/settings/schema";

const WHEN: Intl.DateTimeFormatOptions = {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: CAMPAIGN_TIME_ZONE,
};

/** What retention will do and when, and what its latest runs did (lib/retention). */
export async function RetentionPanel({ settings }: { settings: CampaignSettings }) {
  const [t, locale, runs] = await Promise.all([
    getTranslations("OrganizerRetention"),
    getLocale() as Promise<Locale>,
    latestRetentionRuns(db(), 5),
  ]);
  const erasure = erasureDate(settings);
  const count = (value: number) => formatNumber(value, locale);

  return (
    <section aria-labelledby="retention-title" className="organizer-retention">
      <h2 id="retention-title">{t("title")}</h2>
      <p>{erasure ? t("erasureOn", { date: formatDateTime(erasure, locale, WHEN) }) : t("noErasureDate")}</p>
      <ul>
        <li>{t("ruleUnconfirmed", { days: UNCONFIRMED_GRACE_DAYS })}</li>
        <li>{t("ruleNetwork", { days: serverEnv().NETWORK_HASH_RETENTION_DAYS })}</li>
        <li>{t("ruleOutbox")}</li>
      </ul>
      {runs.length === 0 ? (
        <p>{t("noRuns")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="retention-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="retention-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col" className="numeric">
                  {t("unconfirmed")}
                </th>
                <th scope="col" className="numeric">
                  {t("networks")}
                </th>
                <th scope="col" className="numeric">
                  {t("erased")}
                </th>
                <th scope="col" className="numeric">
                  {t("other")}
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>
                    <time dateTime={run.startedAt.toISOString()}>
                      {formatDateTime(run.startedAt, locale, WHEN)}
                    </time>
                  </td>
                  <td>{run.trigger === "schedule" ? t("schedule") : run.trigger}</td>
                  <td className="numeric">{count(run.unconfirmedDeleted)}</td>
                  <td className="numeric">{count(run.networkHashesDropped)}</td>
                  <td className="numeric">{count(run.signaturesErased)}</td>
                  <td className="numeric">
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
