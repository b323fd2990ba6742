import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("SiteFooter");
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__brand">#BudapestConventionMx</p>
        <p>{t("tagline")}</p>
        <p>{t("privacy")}</p>
      </div>
    </footer>
  );
}
