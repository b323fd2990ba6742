import { useLocale, useTranslations } from "next-intl";
import { MexicoMap } from "@/components/campaign/mexico-map";
import { StatesTable } from "@/components/campaign/states-table";
import type { DashboardBreakdowns as BreakdownFigures } from "@/lib/organizers/dashboard";
import { keepTop } from "@/lib/organizers/dashboard-breakdown";
import { BreakdownTable } from "./breakdown-table";
import styles from "./dashboard.module.css";

/** Sources beyond this many are summed in one row: a phone screen holds about this much. */
const MAX_SOURCES = 20;

type Breakdowns = Pick<BreakdownFigures, "byState" | "byCountry" | "byLocale" | "bySource">;

/** Where the period's confirmed signatures come from: state, country, language, link source. */
export function DashboardBreakdowns({ breakdowns, total }: { breakdowns: Breakdowns; total: number }) {
  const t = useTranslations("OrganizerDashboard");
  const locale = useLocale();
  const countryNames = new Intl.DisplayNames([locale], { type: "region" });
  const sources = keepTop(breakdowns.bySource, MAX_SOURCES);
  const sourceRows = sources.shown.map(({ key, count }) => ({
    key: key ?? "",
    label: key ?? t("directSource"),
    count,
  }));
  if (sources.rest.keys > 0)
    sourceRows.push({
      // Not a valid source (they never contain spaces), so it cannot clash with one.
      key: "other sources",
      label: t("otherSources", { keys: sources.rest.keys }),
      count: sources.rest.count,
    });

  return (
    <>
      <section aria-labelledby="by-state-title">
        <h2 id="by-state-title">{t("byStateTitle")}</h2>
        <p className={styles.hint}>{t("breakdownsIntro")}</p>
        <MexicoMap byState={breakdowns.byState} />
        <details className={styles.details}>
          <summary>{t("showStatesTable")}</summary>
          <StatesTable byState={breakdowns.byState} />
        </details>
      </section>
      <div className={styles.breakdowns}>
        <Breakdown id="by-country" title={t("byCountryTitle")} empty={total === 0 ? t("noConfirmed") : null}>
          <BreakdownTable
            id="by-country"
            caption={t("byCountryCaption")}
            keyColumn={t("countryColumn")}
            rows={breakdowns.byCountry.map(({ key, count }) => ({
              key,
              label: countryNames.of(key) ?? key,
              count,
            }))}
            total={total}
          />
        </Breakdown>
        <Breakdown id="by-locale" title={t("byLocaleTitle")} empty={total === 0 ? t("noConfirmed") : null}>
          <BreakdownTable
            id="by-locale"
            caption={t("byLocaleCaption")}
            keyColumn={t("localeColumn")}
            rows={breakdowns.byLocale.map(({ key, count }) => ({
              key,
              label: t(`localeNames.${key}`),
              count,
            }))}
            total={total}
          />
        </Breakdown>
        <Breakdown id="by-source" title={t("bySourceTitle")} empty={total === 0 ? t("noConfirmed") : null}>
          <BreakdownTable
            id="by-source"
            caption={t("bySourceCaption")}
            keyColumn={t("sourceColumn")}
            rows={sourceRows}
            total={total}
          />
        </Breakdown>
      </div>
    </>
  );
}

interface BreakdownProps {
  id: string;
  title: string;
  /** Shown instead of the table when there is nothing to break down. */
  empty: string | null;
  children: React.ReactNode;
}

function Breakdown({ id, title, empty, children }: BreakdownProps) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {empty ? <p>{empty}</p> : children}
    </section>
  );
}
