import { useTranslations } from "next-intl";
import { UNCONFIRMED_GRACE_DAYS } from "@/lib/retention/rules";
import type { CampaignSettings } from "@/lib/settings/schema";

export interface PrivacyNoticeProps {
  controller: CampaignSettings["privacyController"];
  retention: CampaignSettings["retentionPeriod"];
  /** Days a network hash is kept (NETWORK_HASH_RETENTION_DAYS). */
  networkHashDays: number;
}

const DATA_ITEMS = ["name", "email", "residence", "language", "choices", "source", "networkHash"] as const;
const PRIMARY_PURPOSES = ["register", "confirm", "deduplicate", "count", "publicName"] as const;

/**
 * The privacy notice in its two forms, as the Ley Federal de Protección de Datos Personales
 * en Posesión de los Particulares asks: the simplified notice first (what a signer needs
 * at a glance), then the full (integral) notice. The controller and the retention period
 * are organizer settings; until they are set, those paragraphs are left out.
 */
export function PrivacyNotice({ controller, retention, networkHashDays }: PrivacyNoticeProps) {
  const t = useTranslations("PrivacyPage");
  const controllerLine = controller
    ? t("controllerIdentity", { name: controller.name, address: controller.address })
    : undefined;
  return (
    <div className="container prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <section aria-labelledby="privacy-simplified" className="notice-box">
        <h2 id="privacy-simplified">{t("simplifiedTitle")}</h2>
        {controllerLine && <p>{controllerLine}</p>}
        <p>{t("simplifiedPurposes")}</p>
        <p>{t("simplifiedSecondary")}</p>
        <p>{t.rich("simplifiedMore", { link: (chunks) => <a href="#privacy-integral">{chunks}</a> })}</p>
      </section>

      <section aria-labelledby="privacy-integral">
        <h2 id="privacy-integral" tabIndex={-1}>
          {t("integralTitle")}
        </h2>

        {controller && (
          <>
            <h3>{t("controllerTitle")}</h3>
            <p>{controllerLine}</p>
            <p>
              {t("controllerContact")} <a href={`mailto:${controller.email}`}>{controller.email}</a>
            </p>
          </>
        )}

        <h3>{t("dataTitle")}</h3>
        <ul>
          {DATA_ITEMS.map((item) => (
            <li key={item}>{t(`data.${item}`)}</li>
          ))}
        </ul>
        <p>{t("dataNotSensitive")}</p>

        <h3>{t("purposesTitle")}</h3>
        <p>{t("primaryIntro")}</p>
        <ul>
          {PRIMARY_PURPOSES.map((purpose) => (
            <li key={purpose}>{t(`primary.${purpose}`)}</li>
          ))}
        </ul>
        <p>{t("secondaryIntro")}</p>
        <ul>
          <li>{t("secondaryUpdates")}</li>
        </ul>
        <p>{t("secondaryRefuse")}</p>

        <h3>{t("sharingTitle")}</h3>
        <p>{t("sharingBody")}</p>

        <h3>{t("retentionTitle")}</h3>
        {retention && (
          <p>
            {t("retentionBody", { months: retention.months })} {t("retentionErasure")}
          </p>
        )}
        <p>{t("retentionUnconfirmed", { days: UNCONFIRMED_GRACE_DAYS })}</p>
        <p>{t("retentionNetwork", { days: networkHashDays })}</p>
        <p>{t("withdrawBody")}</p>

        <h3>{t("rightsTitle")}</h3>
        <p>{t("rightsBody")}</p>
        {controller && (
          <p>
            {t("rightsHow")} <a href={`mailto:${controller.email}`}>{controller.email}</a>
          </p>
        )}

        <h3>{t("cookiesTitle")}</h3>
        <p>{t("cookiesBody")}</p>

        <h3>{t("changesTitle")}</h3>
        <p>{t("changesBody")}</p>
      </section>
    </div>
  );
}
