import { useTranslations } from "next-intl";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import { KEY_FACTS } from "@/lib/campaign/key-facts";
import type { CampaignSettings } from "@/lib/settings/schema";
import type { PublicStats } from "@/lib/stats/shape";
import factList from "./fact-list.module.css";
import { PetitionFigures } from "./petition-figures";
import styles from "./press-brief.module.css";
import { PressContactDetails } from "./press-contact-details";
import { PressKit } from "./press-kit";
import { PressQuotes } from "./press-quotes";
import { SourceCitation } from "./source-citation";
import { SourcesList } from "./sources-list";
import { Timeline } from "./timeline";

export interface PressBriefProps {
  stats: PublicStats | null;
  target: number | undefined;
  pressContact: CampaignSettings["pressContact"];
  /** Quotes organizers recorded; the brief shows none of its own. */
  quotes: CampaignSettings["pressQuotes"];
  /** Absolute addresses, shown in full so they survive printing. */
  siteUrl: string;
  embedUrl: string;
}

/** The brief for journalists, written to be scanned on screen and printed on one or two pages. */
export function PressBrief({ stats, target, pressContact, quotes, siteUrl, embedUrl }: PressBriefProps) {
  const t = useTranslations("PressPage");
  const facts = useTranslations("KeyFacts");
  return (
    <div className={layout.page}>
      <p className={text.eyebrow}>{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p className={`${text.lead} ${styles.lead}`}>{t("lead")}</p>
      <p className={styles.screenOnly}>
        <Link href="/press/fact-sheet">{t("factSheetLink")}</Link>
      </p>

      <PetitionFigures stats={stats} target={target} />

      <section aria-labelledby="press-facts">
        <h2 id="press-facts">{t("factsTitle")}</h2>
        <ul className={factList.list}>
          {KEY_FACTS.map((fact) => (
            <li key={fact.id}>
              {facts(fact.id)} <SourceCitation source={fact.source} className={factList.citation} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="press-timeline">
        <h2 id="press-timeline">{t("timelineTitle")}</h2>
        <Timeline />
      </section>

      <PressQuotes quotes={quotes} />

      {pressContact && (
        <section aria-labelledby="press-contact">
          <h2 id="press-contact">{t("contactTitle")}</h2>
          <PressContactDetails contact={pressContact} />
        </section>
      )}

      <PressKit stats={stats} siteUrl={siteUrl} />

      <section aria-labelledby="press-sources">
        <h2 id="press-sources">{t("sourcesTitle")}</h2>
        <SourcesList />
      </section>

      <section aria-labelledby="open-data">
        <h2 id="open-data" tabIndex={-1}>
          {t("openDataTitle")}
        </h2>
        <p>{t("openDataIntro")}</p>
        <ul>
          <li>
            {t("openDataJson")} <a href={`${siteUrl}/api/stats`}>{`${siteUrl}/api/stats`}</a>
          </li>
          <li>
            {t("openDataCsv")} <a href={`${siteUrl}/api/stats.csv`}>{`${siteUrl}/api/stats.csv`}</a>
          </li>
        </ul>
        <p className={styles.screenOnly}>{t("openDataFields")}</p>
        <p className={styles.screenOnly}>{t("openDataPrivacy")}</p>
      </section>

      <section aria-labelledby="embed" className={styles.screenOnly}>
        <h2 id="embed" tabIndex={-1}>
          {t("embedTitle")}
        </h2>
        <p>{t("embedIntro")}</p>
        <pre className={text.codeBlock} tabIndex={0} aria-label={t("embedCodeLabel")}>
          <code>{`<iframe src="${embedUrl}" title="${t("embedFrameTitle")}" width="320" height="420" style="border:0"></iframe>`}</code>
        </pre>
      </section>
    </div>
  );
}
