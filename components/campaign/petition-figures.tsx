import { useLocale, useTranslations } from "next-intl";
import { formatAsOf, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { statesRepresented, type PublicStats } from "@/lib/stats/shape";

export interface PetitionFiguresProps {
  /** From getPublicStats(); null when the figures could not be read (the section then says so). */
  stats: PublicStats | null;
  /** The organizers' target, left out when unset. */
  target: number | undefined;
}

/** The live figures a journalist can cite, stamped with the time they were read. */
export function PetitionFigures({ stats, target }: PetitionFiguresProps) {
  const t = useTranslations("PetitionFigures");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="petition-figures">
      <h2 id="petition-figures">{t("title")}</h2>
      {stats ? (
        <>
          <p className="press-brief__as-of">{t("asOf", { time: formatAsOf(stats.asOf, locale) })}</p>
          <ul className="figure-list">
            <li>{t("total", { count: stats.total, total: formatNumber(stats.total, locale) })}</li>
            {target !== undefined && <li>{t("target", { target: formatNumber(target, locale) })}</li>}
            <li>{t("states", { count: statesRepresented(stats) })}</li>
            <li>{t("countries", { count: Object.keys(stats.byCountry).length })}</li>
          </ul>
        </>
      ) : (
        <p>{t("unavailable")}</p>
      )}
    </section>
  );
}
