import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { SourceCitation } from "./source-citation";

/** The home page's opening: the demand in one sentence and the call to sign. */
export function CampaignIntro() {
  const t = useTranslations("HomePage");
  return (
    <section className="hero">
      <div className="container">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
        <p className="hero__actions">
          <Link href="/sign" className="button">
            {t("signCta")}
          </Link>
          <Link href="/convention" className="button button--secondary">
            {t("learnCta")}
          </Link>
        </p>
      </div>
    </section>
  );
}

/** Why it matters: three facts, each with its source. */
export function WhyItMatters() {
  const t = useTranslations("HomePage");
  return (
    <section className="container prose" aria-labelledby="why-title">
      <h2 id="why-title">{t("whyTitle")}</h2>
      <p>{t("whyIntro")}</p>
      <ul className="fact-list">
        <li>
          {t("whyOlimpia")} <SourceCitation source="letter" />
        </li>
        <li>
          {t("whyChildren")} <SourceCitation source="letter" />
        </li>
        <li>
          {t("whyInvitation")} <SourceCitation source="letter" />
        </li>
      </ul>
      <h2>{t("conventionTitle")}</h2>
      <p>
        {t("conventionBody")} <SourceCitation source="coeConvention" />
      </p>
      <p>
        {t("conventionParties")} <SourceCitation source="kenyaNc4" />
      </p>
      <p>
        <Link href="/convention">{t("conventionMore")}</Link>
      </p>
    </section>
  );
}

/** The closing call: one action. */
export function SignCallout() {
  const t = useTranslations("HomePage");
  return (
    <section className="callout" aria-labelledby="callout-title">
      <div className="container">
        <h2 id="callout-title">{t("calloutTitle")}</h2>
        <p>{t("calloutBody")}</p>
        <p>
          <Link href="/sign" className="button button--inverse">
            {t("signCta")}
          </Link>
        </p>
      </div>
    </section>
  );
}
