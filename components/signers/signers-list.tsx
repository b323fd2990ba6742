import { useLocale, useTranslations } from "next-intl";
import box from "@/components/ui/box.module.css";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { campaignFormatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import type { PublicListPage } from "@/lib/signers/cached-public-list";
import { ListPagination } from "./list-pagination";
import { SignersTable } from "./signers-table";
import styles from "./signers.module.css";

interface SignersListProps {
  page: number;
  /** Null when the database could not be read: the page says so and shows no names. */
  list: PublicListPage | null;
  /** Confirmed signatures, from the public figures; null when they could not be read. */
  confirmed: number | null;
}

/** The public list: how many names it shows out of how many signatures, then the names. */
export function SignersList({ page, list, confirmed }: SignersListProps) {
  const t = useTranslations("SignersPage");
  const format = campaignFormatter(useLocale());
  const number = (value: number) => format.number(value);

  return (
    <div className={layout.page}>
      <h1>{page > 1 ? t("titleOfPage", { page: number(page) }) : t("title")}</h1>
      <p className={text.lead}>{t("lead")}</p>
      {list === null ? (
        <p className={form.alert} role="alert">
          {t("unavailable")}
        </p>
      ) : (
        <>
          <dl className={styles.figures}>
            <div>
              <dt>{t("listedLabel")}</dt>
              <dd>{number(list.listed)}</dd>
            </div>
            {confirmed !== null && (
              <div>
                <dt>{t("confirmedLabel")}</dt>
                {/* Never fewer than the names shown, should the two figures be read moments apart. */}
                <dd>{number(Math.max(confirmed, list.listed))}</dd>
              </div>
            )}
          </dl>
          <p>{t("notShownNote")}</p>
          {list.signers.length === 0 ? (
            <p className={box.notice}>{t("empty")}</p>
          ) : (
            <>
              <SignersTable
                signers={list.signers}
                caption={
                  list.pages > 1
                    ? t("captionOfPage", { page: number(page), pages: number(list.pages) })
                    : t("caption")
                }
              />
              <ListPagination page={page} pages={list.pages} />
            </>
          )}
        </>
      )}
      <p className={styles.note}>{t("privacyNote")}</p>
      <p>
        <Link href="/sign" className={buttonClass()}>
          {t("signCta")}
        </Link>
      </p>
    </div>
  );
}
