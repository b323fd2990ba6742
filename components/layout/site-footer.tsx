import { getTranslations } from "next-intl/server";
import { PressContactDetails } from "@/components/campaign/press-contact-details";
import layout from "@/components/ui/layout.module.css";
import { Link } from "@/i18n/navigation";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import styles from "./site-footer.module.css";

export async function SiteFooter() {
  const t = await getTranslations("SiteFooter");
  const { pressContact } = await getCampaignSettings();
  return (
    <footer className={styles.footer}>
      <div className={`${layout.container} ${styles.grid}`}>
        <div>
          <p className={styles.brand}>#BudapestConventionMx</p>
          <p>{t("tagline")}</p>
          <p>{t("privacy")}</p>
        </div>
        <nav aria-label={t("navLabel")}>
          <ul className={styles.links}>
            <li>
              <Link href="/sign">{t("sign")}</Link>
            </li>
            <li>
              <Link href="/petition">{t("petitionText")}</Link>
            </li>
            <li>
              <Link href="/signers">{t("signers")}</Link>
            </li>
            <li>
              <Link href="/privacy">{t("privacyNotice")}</Link>
            </li>
            <li>
              <Link href="/news">{t("news")}</Link>
            </li>
            <li>
              <Link href="/press">{t("pressBrief")}</Link>
            </li>
            <li>
              <Link href={{ pathname: "/press", hash: "open-data" }}>{t("openData")}</Link>
            </li>
          </ul>
        </nav>
        {pressContact && (
          <div>
            <p className={styles.heading}>{t("pressContact")}</p>
            <PressContactDetails contact={pressContact} />
          </div>
        )}
      </div>
    </footer>
  );
}
