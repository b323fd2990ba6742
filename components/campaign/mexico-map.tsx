import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import { mexicanStateName } from "@/lib/geo/mexican-states";
import { mapLegend, mapLevel } from "@/lib/stats/map-scale";
import { MEXICO_STATES, MEXICO_VIEW_BOX, mexicoMapHref, stateShapeId } from "./mexico-map-asset";
import styles from "./mexico-map.module.css";

/** The fill of each shade of the scale, from no signatures to the most. */
const LEVEL_CLASSES = [styles.level0, styles.level1, styles.level2, styles.level3, styles.level4];

export interface MexicoMapProps {
  /** Signatures per state code (upper-case, as in PublicStats.byState). */
  byState: Record<string, number>;
}

/**
 * Mexico shaded by signatures per state. The picture is decorative for screen readers
 * beyond its summary: the table that goes with it (StatesTable) holds the same numbers.
 * The paths are from @svg-maps/mexico (CC BY 4.0), credited under the map. They live in one
 * cached file (mexico-map-asset.ts); the page holds only a <use> per state with its shade,
 * so it works without JavaScript and weighs a few KB instead of ~150.
 */
export function MexicoMap({ byState }: MexicoMapProps) {
  const t = useTranslations("SignaturesMap");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const max = Math.max(0, ...Object.values(byState));
  const href = mexicoMapHref();

  return (
    <figure className={styles.map}>
      <svg viewBox={MEXICO_VIEW_BOX} role="img" aria-labelledby="mexico-map-title" className={styles.svg}>
        <title id="mexico-map-title">{t("mapSummary", { count: Object.keys(byState).length })}</title>
        {MEXICO_STATES.map((state) => {
          const count = byState[state.code] ?? 0;
          const level = mapLevel(count, max);
          return (
            <use
              key={state.code}
              href={`${href}#${stateShapeId(state.code)}`}
              className={`${styles.state} ${LEVEL_CLASSES[level]}`}
              data-state={state.code}
              data-level={level}
            >
              <title>
                {t("stateTooltip", {
                  state: mexicanStateName(state.code, locale) ?? state.name,
                  count,
                  formattedCount: format.number(count),
                })}
              </title>
            </use>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label={t("legendLabel")}>
          {mapLegend(max).map((entry) => (
            <li key={entry.level}>
              <span className={`${styles.swatch} ${LEVEL_CLASSES[entry.level]}`} aria-hidden="true" />
              {entry.level === 0
                ? t("legendNone")
                : t("legendRange", {
                    from: format.number(entry.from),
                    to: format.number(entry.to),
                  })}
            </li>
          ))}
        </ul>
        <p className={styles.credit}>
          {t.rich("credit", {
            link: (chunks) => <a href="https://github.com/VictorCazanave/svg-maps">{chunks}</a>,
            license: (chunks) => <a href="https://creativecommons.org/licenses/by/4.0/">{chunks}</a>,
          })}
        </p>
      </figcaption>
    </figure>
  );
}
