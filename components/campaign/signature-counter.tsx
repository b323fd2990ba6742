import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatAsOf, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { progressToward, statesRepresented, type PublicStats } from "@/lib/stats/shape";

export interface SignatureCounterProps {
  /** The figures from getPublicStats(); null when they could not be read (the counter then says so). */
  stats: PublicStats | null;
  /** The organizers' target; without one the progress bar is left out. */
  target?: number;
  /** Show when the figures were read ("as of ..."). */
  showAsOf?: boolean;
  /** Heading level of the counter's title, to fit the page's outline. */
  headingLevel?: 2 | 3;
}

/** The live count: the big number, progress toward the target, and how many states have signed. */
export function SignatureCounter({
  stats,
  target,
  showAsOf = false,
  headingLevel = 2,
}: SignatureCounterProps) {
  const t = useTranslations("SignatureCounter");
  const locale = useLocale() as Locale;
  // Unique per use, so the counter can appear twice on a page (e.g. top and bottom).
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;

  if (!stats) {
    return (
      <section className="counter" aria-labelledby={titleId}>
        <Heading id={titleId} className="counter__title">
          {t("title")}
        </Heading>
        <p className="counter__unavailable">{t("unavailable")}</p>
      </section>
    );
  }

  const progress = target ? progressToward(stats.total, target) : undefined;
  const progressText =
    target && progress !== undefined
      ? t("progressValue", {
          percent: formatNumber(progress, locale, { style: "percent" }),
          target: formatNumber(target, locale),
        })
      : undefined;
  const states = statesRepresented(stats);
  return (
    <section className="counter" aria-labelledby={titleId}>
      <Heading id={titleId} className="counter__title">
        {t("title")}
      </Heading>
      <p className="counter__count">
        {t.rich("count", {
          count: stats.total,
          total: formatNumber(stats.total, locale),
          strong: (chunks) => <strong className="counter__number">{chunks}</strong>,
        })}
      </p>
      {target !== undefined && progress !== undefined && (
        <>
          <div
            className="counter__bar"
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
            aria-valuetext={progressText}
          >
            <div className="counter__fill" style={{ width: `${progress * 100}%` }} />
          </div>
          <p className="counter__target">{progressText}</p>
        </>
      )}
      <p className="counter__states">{t("states", { count: states })}</p>
      {showAsOf && (
        <p className="counter__as-of">
          {t("asOf", {
            time: formatAsOf(stats.asOf, locale),
          })}
        </p>
      )}
    </section>
  );
}
