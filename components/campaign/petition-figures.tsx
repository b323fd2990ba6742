import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import { statesRepresented, type PublicStats } from "@/lib/stats/shape";
import styles from "./petition-figures.module.css";

export interface PetitionFiguresProps {
  /** From getPublicStats(); null when the figures could not be read (the section then says so). */
  stats: PublicStats | null;
  /** The organizers' target, left out when unset. */
  target: number | undefined;
  /** Added to the list of figures, for the page around it (the fact sheet's print sizes). */
  listClassName?: string;
}

/** The live figures a journalist can cite, stamped with the time they were read. */
export function PetitionFigures({ stats, target, listClassName }: PetitionFiguresProps) {
  const t = useTranslations("PetitionFigures");
  const format = campaignFormatter(useLocale());
  return (
    <section aria-labelledby="petition-figures">
      <h2 id="petition-figures">{t("title")}</h2>
      {stats ? (
        <>
          <p className={styles.asOf}>{t("asOf", { time: format.dateTime(new Date(stats.asOf), "asOf") })}</p>
          <ul className={listClassName ? `${styles.list} ${listClassName}` : styles.list}>
            <li>{t("total", { count: stats.total, total: format.number(stats.total) })}</li>
            {target !== undefined && <li>{t("target", { target: format.number(target) })}</li>}
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
