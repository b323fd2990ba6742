"use client";

import { useParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import styles from "./language-switch.module.css";

/**
 * A plain link to the same page in the other language, so it works without JavaScript.
 * Following it stores the choice in next-intl's locale cookie.
 */
export function LanguageSwitch() {
  const t = useTranslations("LanguageSwitch");
  const locale = useLocale();
  const pathname = usePathname();
  const params = useParams();
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;

  return (
    <nav aria-label={t("label")}>
      <Link
        className={styles.link}
        // Keeps dynamic segments (tokens, slugs) when the page has any.
        // @ts-expect-error -- next-intl types each pathname with its own params; these are the current route's own, so they always match (as in next-intl's locale switcher example).
        href={{ pathname, params }}
        locale={other}
        hrefLang={other}
        lang={other}
      >
        {t("switchTo")}
      </Link>
    </nav>
  );
}
