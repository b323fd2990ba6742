import { getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps, ReactNode } from "react";
import form from "@/components/ui/form.module.css";
import table from "@/components/ui/table.module.css";
import { campaignFormatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { toCampaignDateTimeInput } from "@/lib/campaign-time";
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
  signals: Signals;
}

/**
 * Networks and domains with unusually many signatures in the last hour. "Review" is a
 * plain link that fills in the invalidation form (so it works without JavaScript); the
 * organizer still previews and confirms before anything happens.
 */
interface SignalRow {
  key: string;
  label: ReactNode;
  title?: string;
  keyClassName?: string;
  signatures: number;
  confirmed: number;
  href: ComponentProps<typeof Link>["href"];
  reviewLabel: string;
}

interface SignalTableProps {
  id: string;
  caption: string;
  keyHeading: string;
  rows: SignalRow[];
}

/** One kind of signal (networks or domains): nothing at all when there is none. */
async function SignalTable({ id, caption, keyHeading, rows }: SignalTableProps) {
  if (rows.length === 0) return null;
  const t = await getTranslations("OrganizerAbuse.signals");
  const format = campaignFormatter(await getLocale());
  return (
    <div className={table.scroll} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={table.table}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            <th scope="col" className={table.numeric}>
              {t("signatures")}
            </th>
            <th scope="col" className={table.numeric}>
              {t("confirmed")}
            </th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={row.keyClassName} title={row.title}>
                {row.label}
              </th>
              <td className={table.numeric}>{format.number(row.signatures)}</td>
              <td className={table.numeric}>{format.number(row.confirmed)}</td>
              <td>
                <Link href={row.href} aria-label={row.reviewLabel}>
                  {t("review")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function AbuseSignals({ signals }: AbuseSignalsProps) {
  const t = await getTranslations("OrganizerAbuse.signals");
  const format = campaignFormatter(await getLocale());
  const number = (value: number) => format.number(value);
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
      <p>{t("intro", { minutes: number(SIGNAL_WINDOW_MINUTES) })}</p>
      <p className={form.hint}>
        {t("thresholds", {
          network: number(NETWORK_THRESHOLD),
          domain: number(DOMAIN_THRESHOLD),
          webmail: number(WEBMAIL_DOMAIN_THRESHOLD),
        })}
      </p>
      {empty ? <p className={styles.notice}>{t("none")}</p> : <p className={form.hint}>{t("reviewHint")}</p>}

      <SignalTable
        id="network-signals"
        caption={t("networksCaption")}
        keyHeading={t("network")}
        rows={signals.networks.map((signal) => ({
          key: signal.ipHash,
          label: abbreviateNetwork(signal.ipHash),
          title: signal.ipHash,
          keyClassName: styles.hash,
          signatures: signal.signatures,
          confirmed: signal.confirmed,
          href: reviewHref({ ipHash: signal.ipHash }),
          reviewLabel: t("reviewNetwork", { network: abbreviateNetwork(signal.ipHash) }),
        }))}
      />
      <SignalTable
        id="domain-signals"
        caption={t("domainsCaption")}
        keyHeading={t("domain")}
        rows={signals.domains.map((signal) => ({
          key: signal.domain,
          label: (
            <>
              {signal.domain}
              {signal.webmail && <span className={styles.tag}>{t("webmail")}</span>}
            </>
          ),
          signatures: signal.signatures,
          confirmed: signal.confirmed,
          href: reviewHref({ emailDomain: signal.domain }),
          reviewLabel: t("reviewDomain", { domain: signal.domain }),
        }))}
      />
    </section>
  );
}
