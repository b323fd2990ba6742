import { useLocale, useTranslations } from "next-intl";
import { SourceCitation } from "@/components/campaign/source-citation";
import { buttonClass } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { calendarDay, campaignFormatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import {
  PETITION_ASKS,
  PETITION_REASONS,
  PETITION_TEXT_DATE,
  PETITION_TEXT_VERSION,
} from "@/lib/petition/petition-text";
import { PrintButton } from "./print-button";
import styles from "./petition-text.module.css";

/** The petition's full text as signers sign it: addressed, dated, versioned, with its sources; printable. */
export function PetitionText() {
  const t = useTranslations("PetitionText");
  const format = campaignFormatter(useLocale());
  const date = format.dateTime(calendarDay(PETITION_TEXT_DATE), "longDay");
  return (
    <article className={`${layout.page} ${styles.petition}`}>
      <p className={text.eyebrow}>{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p className={styles.version}>
        {t("version", { version: String(PETITION_TEXT_VERSION), date })} {t("versionNote")}
      </p>

      <p className={styles.addressees}>{t("addressees")}</p>
      <p>{t("opening")}</p>

      <h2>{t("reasonsTitle")}</h2>
      <ul className={styles.reasons}>
        {PETITION_REASONS.map((reason) => (
          <li key={reason.id}>
            {t(`reasons.${reason.id}`)} <SourceCitation source={reason.source} />
          </li>
        ))}
      </ul>

      <h2>{t("asksTitle")}</h2>
      <ol className={styles.asks}>
        {PETITION_ASKS.map((ask) => (
          <li key={ask}>{t(`asks.${ask}`)}</li>
        ))}
      </ol>

      <p className={styles.closing}>{t("closing")}</p>
      <p className={styles.signedBy}>{t("signedBy")}</p>

      <div className={styles.actions}>
        <Link href="/sign" className={buttonClass()}>
          {t("signCta")}
        </Link>
        <PrintButton label={t("print")} />
        <Link href="/press">{t("pressLink")}</Link>
      </div>
      <p className={styles.printHint}>{t("printHint")}</p>
    </article>
  );
}
