import { useTranslations } from "next-intl";
import layout from "@/components/ui/layout.module.css";
import { Link } from "@/i18n/navigation";
import styles from "../not-found.module.css";

export default function LocaleNotFound() {
  const t = useTranslations("NotFoundPage");
  return (
    <div className={`${layout.container} ${styles.page}`}>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
