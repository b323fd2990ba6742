import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { campaignFormatter } from "@/i18n/format";
import { progressToward, statesRepresented, type PublicStats } from "@/lib/stats/shape";
import styles from "./signature-counter.module.css";

export interface SignatureCounterProps {
  /** The figures from getPublicStats(); null when they could not be read (the counter then says so). */
  stats: PublicStats | null;
  /** The organizers' target; without one the progress bar is left out. */
  target?: number;
  /** Show when the figures were read ("as of ..."). */
  showAsOf?: boolean;
  /** Heading level of the counter's title, to fit the page's outline. */
  headingLevel?: 2 | 3;
  /** Without its card, for a frame that already is one (the embed). */
  bare?: boolean;
}

/** The live count: the big number, progress toward the target, and how many states have signed. */
export function SignatureCounter({
  stats,
  target,
  showAsOf = false,
  headingLevel = 2,
  bare = false,
}: SignatureCounterProps) {
  const t = useTranslations("SignatureCounter");
  const format = campaignFormatter(useLocale());
  const counterClass = bare ? `${styles.counter} ${styles.bare}` : styles.counter;
  // Unique per use, so the counter can appear twice on a page (e.g. top and bottom).
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;

  if (!stats) {
    return (
      <section className={counterClass} aria-labelledby={titleId}>
        <Heading id={titleId} className={styles.title}>
          {t("title")}
        </Heading>
        <p className={styles.unavailable}>{t("unavailable")}</p>
      </section>
    );
  }

  const progress = target ? progressToward(stats.total, target) : undefined;
  const progressText =
    target && progress !== undefined
      ? t("progressValue", {
          percent: format.number(progress, { style: "percent" }),
          target: format.number(target),
        })
      : undefined;
  const states = statesRepresented(stats);
  return (
    <section className={counterClass} aria-labelledby={titleId}>
      <Heading id={titleId} className={styles.title}>
        {t("title")}
      </Heading>
      <p className={styles.count}>
        {t.rich("count", {
          count: stats.total,
          total: format.number(stats.total),
          strong: (chunks) => <strong className={styles.number}>{chunks}</strong>,
        })}
      </p>
      {target !== undefined && progress !== undefined && (
        <>
          <div
            className={styles.bar}
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
            aria-valuetext={progressText}
          >
            <div className={styles.fill} style={{ width: `${progress * 100}%` }} />
          </div>
          <p className={styles.detail}>{progressText}</p>
        </>
      )}
      <p className={styles.detail}>{t("states", { count: states })}</p>
      {showAsOf && (
        <p className={styles.detail}>
          {t("asOf", {
            time: format.dateTime(new Date(stats.asOf), "asOf"),
          })}
        </p>
      )}
    </section>
  );
}
