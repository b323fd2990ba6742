import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import text from "@/components/ui/text.module.css";
import { campaignFormatter } from "@/i18n/format";
import { signersPageHref } from "@/lib/signers/page-href";
import { pageLinks } from "@/lib/signers/pages";
import styles from "./signers.module.css";

/**
 * Plain links between pages of the list: they work without JavaScript. Like every link on the
 * site (`Link` in i18n/navigation.tsx) they fetch nothing until followed.
 */
export function ListPagination({ page, pages }: { page: number; pages: number }) {
  const t = useTranslations("SignersPage.pagination");
  const locale = useLocale();
  if (pages <= 1) return null;
  const format = campaignFormatter(locale);
  const href = (target: number) => signersPageHref(locale, target);

  return (
    <nav aria-label={t("label")} className={styles.pagination}>
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" prefetch={false}>
              {t("previous")}
            </Link>
          </li>
        )}
        {pageLinks(page, pages).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={entry}>
              {entry === page ? (
                <span aria-current="page">
                  <span className={text.visuallyHidden}>{t("page")} </span>
                  {format.number(entry)}
                </span>
              ) : (
                <Link href={href(entry)} prefetch={false}>
                  <span className={text.visuallyHidden}>{t("page")} </span>
                  {format.number(entry)}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next" prefetch={false}>
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
