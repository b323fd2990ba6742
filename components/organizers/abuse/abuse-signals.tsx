import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { toCampaignDateTimeInput } from "@/lib/organizers/abuse/campaign-time";
import type { CriterionValues } from "@/lib/organizers/abuse/criterion";
import type { AbuseSignals as Signals } from "@/lib/organizers/abuse/signals";
import {
  DOMAIN_THRESHOLD,
  NETWORK_THRESHOLD,
  SIGNAL_WINDOW_MINUTES,
  WEBMAIL_DOMAIN_THRESHOLD,
} from "@/lib/organizers/abuse/thresholds";
import { abbreviateNetwork } from "./criterion-summary";
import styles from "./abuse.module.css";

interface AbuseSignalsProps {
  locale: Locale;
  signals: Signals;
}

/**
 * Networks and domains with unusually many signatures in the last hour. "Review" is a
 * plain link that fills in the invalidation form (so it works without JavaScript); the
 * organizer still previews and confirms before anything happens.
 */
export async function AbuseSignals({ locale, signals }: AbuseSignalsProps) {
  const t = await getTranslations("OrganizerAbuse.signals");
  const number = (value: number) => formatNumber(value, locale);
  const since = toCampaignDateTimeInput(signals.since);
  const reviewHref = (criterion: Partial<CriterionValues>) => ({
    pathname: "/organizers/abuse" as const,
    query: { ...criterion, signedFrom: since },
    hash: "invalidate",
  });
  const empty = signals.networks.length === 0 && signals.domains.length === 0;

  return (
    <section aria-labelledby="signals-heading" className={styles.section}>
      <h2 id="signals-heading">{t("heading")}</h2>
      <p>{t("intro", { minutes: SIGNAL_WINDOW_MINUTES })}</p>
      <p className="field__hint">
        {t("thresholds", {
          network: number(NETWORK_THRESHOLD),
          domain: number(DOMAIN_THRESHOLD),
          webmail: number(WEBMAIL_DOMAIN_THRESHOLD),
        })}
      </p>
      {empty ? (
        <p className={styles.notice}>{t("none")}</p>
      ) : (
        <p className="field__hint">{t("reviewHint")}</p>
      )}

      {signals.networks.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="network-signals-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="network-signals-caption">{t("networksCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("network")}</th>
                <th scope="col" className="numeric">
                  {t("signatures")}
                </th>
                <th scope="col" className="numeric">
                  {t("confirmed")}
                </th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {signals.networks.map((signal) => (
                <tr key={signal.ipHash}>
                  <th scope="row" className={styles.hash} title={signal.ipHash}>
                    {abbreviateNetwork(signal.ipHash)}
                  </th>
                  <td className="numeric">{number(signal.signatures)}</td>
                  <td className="numeric">{number(signal.confirmed)}</td>
                  <td>
                    <Link
                      href={reviewHref({ ipHash: signal.ipHash })}
                      aria-label={t("reviewNetwork", { network: abbreviateNetwork(signal.ipHash) })}
                    >
                      {t("review")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {signals.domains.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="domain-signals-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="domain-signals-caption">{t("domainsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("domain")}</th>
                <th scope="col" className="numeric">
                  {t("signatures")}
                </th>
                <th scope="col" className="numeric">
                  {t("confirmed")}
                </th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {signals.domains.map((signal) => (
                <tr key={signal.domain}>
                  <th scope="row">
                    {signal.domain}
                    {signal.webmail && <span className={styles.tag}>{t("webmail")}</span>}
                  </th>
                  <td className="numeric">{number(signal.signatures)}</td>
                  <td className="numeric">{number(signal.confirmed)}</td>
                  <td>
                    <Link
                      href={reviewHref({ emailDomain: signal.domain })}
                      aria-label={t("reviewDomain", { domain: signal.domain })}
                    >
                      {t("review")}
                    </Link>
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
