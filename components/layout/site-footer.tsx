import { getTranslations } from "next-intl/server";
import { PressContactDetails } from "@/components/campaign/press-contact-details";
import { Link } from "@/i18n/navigation";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";

export async function SiteFooter() {
  const t = await getTranslations("SiteFooter");
  const { pressContact } = await getCampaignSettings();
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div>
          <p className="site-footer__brand">#BudapestConventionMx</p>
          <p>{t("tagline")}</p>
          <p>{t("privacy")}</p>
        </div>
        <nav aria-label={t("navLabel")}>
          <ul className="site-footer__links">
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
            <p className="site-footer__heading">{t("pressContact")}</p>
            <PressContactDetails contact={pressContact} />
          </div>
        )}
      </div>
    </footer>
  );
}
