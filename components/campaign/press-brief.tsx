import { useLocale, useTranslations } from "next-intl";
import { formatAsOf, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { SOURCES, type SourceId } from "@/lib/campaign/sources";
import type { CampaignSettings } from "@/lib/settings/schema";
import { statesRepresented, type PublicStats } from "@/lib/stats/shape";
import { PressContactDetails } from "./press-contact-details";
import { SourceCitation } from "./source-citation";
import { Timeline } from "./timeline";

const KEY_FACTS = [
  { id: "notParty", source: "coeTreatyChart" },
  { id: "treaty", source: "coeConvention" },
  { id: "parties", source: "kenyaNc4" },
  { id: "network", source: "coeConvention" },
  { id: "secondProtocol", source: "coeConvention" },
  { id: "invitation", source: "letter" },
  { id: "octopus", source: "letter" },
  { id: "children", source: "letter" },
  { id: "olimpia", source: "letter" },
] as const satisfies readonly { id: string; source: SourceId }[];

const QUOTES = ["motto", "justice", "senate"] as const;

export interface PressBriefProps {
  stats: PublicStats | null;
  target: number | undefined;
  pressContact: CampaignSettings["pressContact"];
  /** Absolute addresses, shown in full so they survive printing. */
  siteUrl: string;
  embedUrl: string;
}

/** The brief for journalists, written to be scanned on screen and printed on one or two pages. */
export function PressBrief({ stats, target, pressContact, siteUrl, embedUrl }: PressBriefProps) {
  const t = useTranslations("PressPage");
  const sources = useTranslations("Sources");
  const locale = useLocale() as Locale;
  return (
    <div className="container prose press-brief">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <section aria-labelledby="press-figures">
        <h2 id="press-figures">{t("figuresTitle")}</h2>
        {stats ? (
          <>
            <p className="press-brief__as-of">
              {t("asOf", {
                time: formatAsOf(stats.asOf, locale),
              })}
            </p>
            <ul className="figure-list">
              <li>{t("figureTotal", { count: stats.total, total: formatNumber(stats.total, locale) })}</li>
              {target !== undefined && <li>{t("figureTarget", { target: formatNumber(target, locale) })}</li>}
              <li>{t("figureStates", { count: statesRepresented(stats) })}</li>
              <li>{t("figureCountries", { count: Object.keys(stats.byCountry).length })}</li>
            </ul>
          </>
        ) : (
          <p>{t("figuresUnavailable")}</p>
        )}
      </section>

      <section aria-labelledby="press-facts">
        <h2 id="press-facts">{t("factsTitle")}</h2>
        <ul className="fact-list">
          {KEY_FACTS.map((fact) => (
            <li key={fact.id}>
              {t(`facts.${fact.id}`)} <SourceCitation source={fact.source} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="press-timeline">
        <h2 id="press-timeline">{t("timelineTitle")}</h2>
        <Timeline />
      </section>

      <section aria-labelledby="press-quotes">
        <h2 id="press-quotes">{t("quotesTitle")}</h2>
        {QUOTES.map((quote) => (
          <blockquote key={quote} className="quote">
            <p>{t(`quotes.${quote}.text`)}</p>
            <footer>{t(`quotes.${quote}.attribution`)}</footer>
          </blockquote>
        ))}
      </section>

      {pressContact && (
        <section aria-labelledby="press-contact">
          <h2 id="press-contact">{t("contactTitle")}</h2>
          <PressContactDetails contact={pressContact} />
        </section>
      )}

      <section aria-labelledby="press-sources">
        <h2 id="press-sources">{t("sourcesTitle")}</h2>
        <ul className="sources-list">
          {(Object.keys(SOURCES) as SourceId[]).map((source) => (
            <li key={source}>
              {sources(source)}
              {SOURCES[source] && (
                <>
                  {": "}
                  <a href={SOURCES[source]}>{SOURCES[source]}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="open-data" className="press-brief__open-data">
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
        <p className="press-brief__details">{t("openDataFields")}</p>
        <p className="press-brief__details">{t("openDataPrivacy")}</p>
      </section>

      <section aria-labelledby="embed" className="press-brief__embed">
        <h2 id="embed" tabIndex={-1}>
          {t("embedTitle")}
        </h2>
        <p>{t("embedIntro")}</p>
        <pre className="code-block" tabIndex={0} aria-label={t("embedCodeLabel")}>
          <code>{`<iframe src="${embedUrl}" title="${t("embedFrameTitle")}" width="320" height="420" style="border:0"></iframe>`}</code>
        </pre>
      </section>
    </div>
  );
}
