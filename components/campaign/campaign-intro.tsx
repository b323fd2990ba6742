import { useTranslations } from "next-intl";
import box from "@/components/ui/box.module.css";
import { buttonClass } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import styles from "./campaign-intro.module.css";
import factList from "./fact-list.module.css";
import { SourceCitation } from "./source-citation";

/** The home page's opening: the demand in one sentence and the call to sign. */
export function CampaignIntro() {
  const t = useTranslations("HomePage");
  return (
    <section className={styles.hero}>
      <div className={layout.container}>
        <p className={text.eyebrow}>{t("eyebrow")}</p>
        <h1>{t("title")}</h1>
        <p className={text.lead}>{t("lead")}</p>
        <p className={styles.actions}>
          <Link href="/sign" className={buttonClass()}>
            {t("signCta")}
          </Link>
          <Link href="/convention" className={buttonClass("secondary")}>
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
    <section className={layout.page} aria-labelledby="why-title">
      <h2 id="why-title">{t("whyTitle")}</h2>
      <p>{t("whyIntro")}</p>
      <ul className={factList.list}>
        <li>
          {t("whyOlimpia")} <SourceCitation source="letter" className={factList.citation} />
        </li>
        <li>
          {t("whyChildren")} <SourceCitation source="letter" className={factList.citation} />
        </li>
        <li>
          {t("whyInvitation")} <SourceCitation source="letter" className={factList.citation} />
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
    <section className={box.callout} aria-labelledby="callout-title">
      <div className={layout.container}>
        <h2 id="callout-title">{t("calloutTitle")}</h2>
        <p>{t("calloutBody")}</p>
        <p>
          <Link href="/sign" className={buttonClass("inverse")}>
            {t("signCta")}
          </Link>
        </p>
      </div>
    </section>
  );
}
