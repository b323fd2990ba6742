import { useTranslations } from "next-intl";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import { KEY_FACTS, type KeyFact } from "@/lib/campaign/key-facts";
import type { SourceId } from "@/lib/campaign/sources";
import { SHORT_TIMELINE } from "@/lib/campaign/timeline";
import type { CampaignSettings } from "@/lib/settings/schema";
import type { PublicStats } from "@/lib/stats/shape";
import styles from "./fact-sheet.module.css";
import { PetitionFigures } from "./petition-figures";
import { PressContactDetails } from "./press-contact-details";
import { SourceCitation } from "./source-citation";
import { SourceReference } from "./sources-list";
import { Timeline } from "./timeline";

export interface FactSheetProps {
  stats: PublicStats | null;
  target: number | undefined;
  pressContact: CampaignSettings["pressContact"];
  /** Absolute addresses, written out in full so they survive printing. */
  urls: { petitionText: string; pressBrief: string; openDataJson: string; openDataCsv: string };
}

// The key facts grouped by source, in order, so each source is named once: that is what
// lets them fit one page. (Object.groupBy would do, but Node 20 does not have it.)
const FACTS_BY_SOURCE = KEY_FACTS.reduce((groups, fact) => {
  groups.set(fact.source, [...(groups.get(fact.source) ?? []), fact]);
  return groups;
}, new Map<SourceId, KeyFact[]>());

/** The campaign on one printed page (A4 or Letter): the ask, the figures, the facts and whom to call. */
export function FactSheet({ stats, target, pressContact, urls }: FactSheetProps) {
  const t = useTranslations("FactSheet");
  const facts = useTranslations("KeyFacts");
  const sources = useTranslations("Sources");
  return (
    <div className={`${layout.page} ${styles.sheet}`}>
      <h1>{t("title")}</h1>
      <p className={`${text.lead} ${styles.ask}`}>{t("ask")}</p>

      <div className={styles.columns}>
        <PetitionFigures stats={stats} target={target} listClassName={styles.figures} />
        <section aria-labelledby="fact-sheet-lead">
          <h2 id="fact-sheet-lead">{t("leadTitle")}</h2>
          <p>
            {t("leadBody")} <SourceCitation source="letter" />
          </p>
        </section>
      </div>

      <section aria-labelledby="fact-sheet-facts">
        <h2 id="fact-sheet-facts">{t("factsTitle")}</h2>
        {[...FACTS_BY_SOURCE].map(([source, group]) => (
          <div key={source} className={styles.factGroup}>
            <ul className={styles.facts}>
              {group.map((fact) => (
                <li key={fact.id}>{facts(fact.id)}</li>
              ))}
            </ul>
            <p className={styles.source}>
              {sources("label")} <SourceReference source={source} />
            </p>
          </div>
        ))}
      </section>

      <div className={styles.columns}>
        <section aria-labelledby="fact-sheet-timeline">
          <h2 id="fact-sheet-timeline">{t("timelineTitle")}</h2>
          <Timeline events={SHORT_TIMELINE} className={styles.timeline} />
        </section>
        <div>
          {pressContact && (
            <section aria-labelledby="fact-sheet-contact">
              <h2 id="fact-sheet-contact">{t("contactTitle")}</h2>
              <PressContactDetails contact={pressContact} />
            </section>
          )}
          <section aria-labelledby="fact-sheet-links">
            <h2 id="fact-sheet-links">{t("linksTitle")}</h2>
            <ul className={styles.links}>
              <li>
                {t("petitionText")} <Link href="/petition">{urls.petitionText}</Link>
              </li>
              <li>
                {t("pressBrief")} <Link href="/press">{urls.pressBrief}</Link>
              </li>
              <li>
                {t("openData")} <a href={urls.openDataJson}>{urls.openDataJson}</a>
                {" · "}
                <a href={urls.openDataCsv}>{urls.openDataCsv}</a>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
