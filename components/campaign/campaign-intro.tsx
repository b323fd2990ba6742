import { useTranslations } from "next-intl";

export function CampaignIntro() {
  const t = useTranslations("HomePage");
  return (
    <>
      <section className="hero">
        <div className="container">
          <p className="eyebrow">{t("eyebrow")}</p>
          <h1>{t("title")}</h1>
          <p className="lead">{t("lead")}</p>
        </div>
      </section>
      <section className="container prose" aria-labelledby="why-title">
        <h2 id="why-title">{t("whyTitle")}</h2>
        <p>{t("whyIntro")}</p>
        <ul>
          <li>{t("whyOlimpia")}</li>
          <li>{t("whyChildren")}</li>
          <li>{t("whyInvitation")}</li>
        </ul>
        <p className="source">{t("sourceLetter")}</p>
        <h2>{t("conventionTitle")}</h2>
        <p>{t("conventionBody")}</p>
        <p>{t("conventionParties")}</p>
        <p className="source">{t("sourceCouncil")}</p>
      </section>
    </>
  );
}
