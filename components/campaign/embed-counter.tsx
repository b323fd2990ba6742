import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import text from "@/components/ui/text.module.css";
import type { PublicStats } from "@/lib/stats/shape";
import styles from "./embed-counter.module.css";
import { SignatureCounter } from "./signature-counter";

export interface EmbedCounterProps {
  stats: PublicStats | null;
  target: number | undefined;
  /** Absolute address of the signing page: the embed lives on another site. */
  signUrl: string;
}

/** The counter allied sites put in an iframe: the count, the goal and one link to sign. */
export function EmbedCounter({ stats, target, signUrl }: EmbedCounterProps) {
  const t = useTranslations("EmbedCounter");
  return (
    <main className={styles.embed}>
      <p className={styles.brand}>#BudapestConventionMx</p>
      <h1 className={styles.heading}>{t("heading")}</h1>
      <SignatureCounter stats={stats} target={target} bare />
      <p>
        {/* A new tab keeps the visitor's place on the allied site. */}
        <a href={signUrl} target="_blank" rel="noopener" className={buttonClass("primary", { block: true })}>
          {t("signCta")} <span className={text.visuallyHidden}>{t("opensInNewTab")}</span>
        </a>
      </p>
    </main>
  );
}
