import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import type { Criterion } from "@/lib/organizers/abuse/criterion";
import styles from "./abuse.module.css";

interface CriterionSummaryProps {
  criterion: Criterion;
  /** Log entries show the network's first characters; the preview shows all of them. */
  abbreviate?: boolean;
  /** When retention deleted the network's hash from a log entry (the criterion named one). */
  networkForgottenAt?: Date | null;
}

/** The first characters of a network's fingerprint: enough to tell networks apart at a glance. */
export function abbreviateNetwork(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

/** A criterion in words, one part a line, times in Mexico City. */
export function CriterionSummary({
  criterion,
  abbreviate = false,
  networkForgottenAt,
}: CriterionSummaryProps) {
  const t = useTranslations("OrganizerAbuse.criterion");
  const format = campaignFormatter(useLocale());
  const time = (instant: Date) => format.dateTime(instant, "logEntry");
  const network = (hash: string) => (abbreviate ? abbreviateNetwork(hash) : hash);

  return (
    <ul className={styles.criterion}>
      {criterion.emailDomain && <li>{t("domain", { domain: criterion.emailDomain })}</li>}
      {criterion.ipHash && (
        <li className={styles.hash} title={criterion.ipHash}>
          {t("network", { network: network(criterion.ipHash) })}
        </li>
      )}
      {!criterion.ipHash && networkForgottenAt && (
        <li>{t("networkForgotten", { time: time(networkForgottenAt) })}</li>
      )}
      {criterion.signedFrom && <li>{t("from", { time: time(criterion.signedFrom) })}</li>}
      {criterion.signedUntil && <li>{t("until", { time: time(criterion.signedUntil) })}</li>}
    </ul>
  );
}
