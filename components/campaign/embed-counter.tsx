import { useTranslations } from "next-intl";
import type { PublicStats } from "@/lib/stats/shape";
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
    <main className="embed-counter">
      <p className="embed-counter__brand">#BudapestConventionMx</p>
      <h1 className="embed-counter__heading">{t("heading")}</h1>
      <SignatureCounter stats={stats} target={target} />
      <p>
        {/* A new tab keeps the visitor's place on the allied site. */}
        <a href={signUrl} target="_blank" rel="noopener" className="button button--block">
          {t("signCta")} <span className="visually-hidden">{t("opensInNewTab")}</span>
        </a>
      </p>
    </main>
  );
}
