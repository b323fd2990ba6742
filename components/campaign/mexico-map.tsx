import mexico from "@svg-maps/mexico";
import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import { mexicanStateName } from "@/lib/geo/mexican-states";
import { mapLegend, mapLevel } from "@/lib/stats/map-scale";
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
 * The paths are from @svg-maps/mexico (CC BY 4.0), credited under the map.
 */
export function MexicoMap({ byState }: MexicoMapProps) {
  const t = useTranslations("SignaturesMap");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const max = Math.max(0, ...Object.values(byState));

  return (
    <figure className={styles.map}>
      <svg viewBox={mexico.viewBox} role="img" aria-labelledby="mexico-map-title" className={styles.svg}>
        <title id="mexico-map-title">{t("mapSummary", { count: Object.keys(byState).length })}</title>
        {mexico.locations.map((location) => {
          const code = location.id.toUpperCase();
          const count = byState[code] ?? 0;
          return (
            <path
              key={location.id}
              d={location.path}
              className={`${styles.state} ${LEVEL_CLASSES[mapLevel(count, max)]}`}
            >
              <title>
                {t("stateTooltip", {
                  state: mexicanStateName(code, locale) ?? location.name,
                  count,
                  formattedCount: format.number(count),
                })}
              </title>
            </path>
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
