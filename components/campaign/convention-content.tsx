import { useTranslations } from "next-intl";
import box from "@/components/ui/box.module.css";
import { buttonClass } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import { TIMELINE } from "@/lib/campaign/timeline";
import { SourceCitation } from "./source-citation";
import { Timeline } from "./timeline";

const CONVENTION_EVENTS = TIMELINE.filter((event) => event.source !== "letter");
const CHANGES = ["law", "evidence", "network"] as const;

/** The Budapest Convention for non-lawyers: what it is, its history, and what joining would change. */
export function ConventionContent() {
  const t = useTranslations("ConventionPage");
  return (
    <div className={layout.page}>
      <p className={text.eyebrow}>{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("lead")}</p>

      <h2>{t("whatTitle")}</h2>
      <p>{t("whatBody")}</p>
      <p>{t("whatModel")}</p>
      <p>
        <SourceCitation source="coeConvention" />
      </p>

      <h2>{t("changeTitle")}</h2>
      <p>{t("changeIntro")}</p>
      <ul className={box.cardList}>
        {CHANGES.map((change) => (
          <li key={change} className={box.card}>
            <h3>{t(`change.${change}.title`)}</h3>
            <p>{t(`change.${change}.body`)}</p>
          </li>
        ))}
      </ul>
      <p>
        <SourceCitation source="coeConvention" />
      </p>

      <h2>{t("historyTitle")}</h2>
      <Timeline events={CONVENTION_EVENTS} />

      <h2>{t("protocolsTitle")}</h2>
      <p>{t("firstProtocol")}</p>
      <p>{t("secondProtocol")}</p>
      <p>
        <SourceCitation source="coeConvention" />
      </p>

      <h2>{t("whoTitle")}</h2>
      <p>{t("whoBody")}</p>
      <p>{t("whoJoin")}</p>
      <p>
        <SourceCitation source="kenyaNc4" /> · <SourceCitation source="coeTreatyChart" />
      </p>

      <h2>{t("askTitle")}</h2>
      <p>{t("askBody")}</p>
      <p>
        <Link href="/sign" className={buttonClass()}>
          {t("signCta")}
        </Link>
      </p>
    </div>
  );
}
