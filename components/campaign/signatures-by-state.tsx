import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PublicStats } from "@/lib/stats/shape";
import { MexicoMap } from "./mexico-map";
import styles from "./signatures-by-state.module.css";
import { StatesTable } from "./states-table";

/** Where the signatures come from: the map, the same numbers as a table, and the names shown. */
export function SignaturesByState({ stats }: { stats: PublicStats | null }) {
  const t = useTranslations("SignaturesMap");
  if (!stats) return null;
  return (
    <section aria-labelledby="by-state-title">
      <h2 id="by-state-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <MexicoMap byState={stats.byState} />
      <details className={styles.table}>
        <summary>{t("showTable")}</summary>
        <StatesTable byState={stats.byState} />
      </details>
      <p>
        <Link href="/signers">{t("signersLink")}</Link>
      </p>
    </section>
  );
}
