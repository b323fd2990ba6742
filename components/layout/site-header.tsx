import { useTranslations } from "next-intl";
import layout from "@/components/ui/layout.module.css";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { PrimaryNav } from "./primary-nav";
import styles from "./site-header.module.css";

export function SiteHeader() {
  const t = useTranslations("SiteHeader");
  return (
    <>
      <a className={styles.skipLink} href="#main">
        {t("skipLink")}
      </a>
      <header className={styles.header}>
        <div className={`${layout.container} ${styles.inner}`}>
          <Link href="/" className={styles.brand} aria-label={t("homeLink")}>
            #BudapestConventionMx
          </Link>
          <LanguageSwitch />
          <PrimaryNav />
        </div>
      </header>
    </>
  );
}
