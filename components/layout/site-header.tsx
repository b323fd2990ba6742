import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { PrimaryNav } from "./primary-nav";

export function SiteHeader() {
  const t = useTranslations("SiteHeader");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/" className="site-header__brand" aria-label={t("homeLink")}>
            #BudapestConventionMx
          </Link>
          <LanguageSwitch />
          <PrimaryNav />
        </div>
      </header>
    </>
  );
}
