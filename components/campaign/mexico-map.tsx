import mexico from "@svg-maps/mexico";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { mexicanStateName } from "@/lib/geo/mexican-states";
import { mapLegend, mapLevel } from "@/lib/stats/map-scale";

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
  const locale = useLocale() as Locale;
  const max = Math.max(0, ...Object.values(byState));

  return (
    <figure className="mexico-map">
      <svg viewBox={mexico.viewBox} role="img" aria-labelledby="mexico-map-title" className="mexico-map__svg">
        <title id="mexico-map-title">{t("mapSummary", { count: Object.keys(byState).length })}</title>
        {mexico.locations.map((location) => {
          const code = location.id.toUpperCase();
          const count = byState[code] ?? 0;
          return (
            <path
              key={location.id}
              d={location.path}
              className={`mexico-map__state mexico-map__state--${mapLevel(count, max)}`}
            >
              <title>
                {t("stateTooltip", {
                  state: mexicanStateName(code, locale) ?? location.name,
                  count,
                  formattedCount: formatNumber(count, locale),
                })}
              </title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="mexico-map__legend" aria-label={t("legendLabel")}>
          {mapLegend(max).map((entry) => (
            <li key={entry.level}>
              <span className={`mexico-map__swatch mexico-map__state--${entry.level}`} aria-hidden="true" />
              {entry.level === 0
                ? t("legendNone")
                : t("legendRange", {
                    from: formatNumber(entry.from, locale),
                    to: formatNumber(entry.to, locale),
                  })}
            </li>
          ))}
        </ul>
        <p className="mexico-map__credit">
          {t.rich("credit", {
            link: (chunks) => <a href="https://github.com/VictorCazanave/svg-maps">{chunks}</a>,
            license: (chunks) => <a href="https://creativecommons.org/licenses/by/4.0/">{chunks}</a>,
          })}
        </p>
      </figcaption>
    </figure>
  );
}
