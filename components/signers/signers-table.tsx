import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { placeNamer } from "@/lib/signers/place";
import type { PublicSigner } from "@/lib/signers/public-list";
import styles from "./signers.module.css";

interface SignersTableProps {
  signers: PublicSigner[];
  caption: string;
}

/** A day (YYYY-MM-DD, already in Mexico City time) written for the reader's language. */
function formatDay(day: string, locale: Locale): string {
  return formatDateTime(new Date(`${day}T12:00:00Z`), locale, { dateStyle: "medium", timeZone: "UTC" });
}

/**
 * Names, places and days. Names are what signers typed: React renders them as text, so
 * markup in a name shows as the characters typed and never becomes part of the page.
 */
export function SignersTable({ signers, caption }: SignersTableProps) {
  const t = useTranslations("SignersPage");
  const locale = useLocale() as Locale;
  const placeOf = placeNamer(locale);
  return (
    <table className={`data-table ${styles.table}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("nameColumn")}</th>
          <th scope="col">{t("placeColumn")}</th>
          <th scope="col">{t("dayColumn")}</th>
        </tr>
      </thead>
      <tbody>
        {signers.map((signer, index) => (
          // Position is the key: the list carries no identifier of anyone.
          <tr key={index}>
            <th scope="row" className={styles.name}>
              {signer.name}
            </th>
            <td>{placeOf(signer)}</td>
            <td className={styles.day}>
              <time dateTime={signer.confirmedOn}>{formatDay(signer.confirmedOn, locale)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
