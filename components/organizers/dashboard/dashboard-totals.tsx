import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import type { DashboardConversion, DashboardTotals as Totals } from "@/lib/organizers/dashboard";
import styles from "./dashboard.module.css";

/** The four counts, in the order the summary shows them (its skeleton too). */
export const TOTALS_STATUSES = ["confirmed", "pending", "withdrawn", "invalidated"] as const;

/** The four counts of the period and the confirmation rate, each with what it counts. */
export function DashboardTotals({ totals, conversion }: { totals: Totals; conversion: DashboardConversion }) {
  const t = useTranslations("OrganizerDashboard");
  const format = campaignFormatter(useLocale());

  return (
    <section aria-labelledby="dashboard-totals-title">
      <h2 id="dashboard-totals-title">{t("totalsTitle")}</h2>
      <dl className={styles.totals}>
        {TOTALS_STATUSES.map((status) => (
          <div key={status} className={styles.figure}>
            <dt>{t(status)}</dt>
            <dd className={styles.figureValue}>{format.number(totals[status])}</dd>
            <dd className={styles.hint}>{t(`${status}Hint`)}</dd>
          </div>
        ))}
        <div className={`${styles.figure} ${styles.conversion}`}>
          <dt>{t("conversion")}</dt>
          {conversion.rate === null ? (
            <dd>{t("conversionEmpty")}</dd>
          ) : (
            <>
              <dd className={styles.figureValue}>{format.number(conversion.rate, "percent")}</dd>
              <dd>
                {t("conversionDetail", {
                  made: conversion.made,
                  formattedMade: format.number(conversion.made),
                  formattedConfirmed: format.number(conversion.confirmed),
                })}
              </dd>
            </>
          )}
          <dd className={styles.hint}>{t("conversionDefinition")}</dd>
        </div>
      </dl>
    </section>
  );
}
