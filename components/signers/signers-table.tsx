import { useLocale, useTranslations } from "next-intl";
import table from "@/components/ui/table.module.css";
import { calendarDay, campaignFormatter } from "@/i18n/format";
import { placeNamer } from "@/lib/signers/place";
import type { PublicSigner } from "@/lib/signers/public-list";
import styles from "./signers.module.css";

interface SignersTableProps {
  signers: PublicSigner[];
  caption: string;
}

/**
 * Names, places and days. Names are what signers typed: React renders them as text, so
 * markup in a name shows as the characters typed and never becomes part of the page.
 */
export function SignersTable({ signers, caption }: SignersTableProps) {
  const t = useTranslations("SignersPage");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const placeOf = placeNamer(locale);
  return (
    <table className={`${table.table} ${styles.table}`}>
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
              <time dateTime={signer.confirmedOn}>
                {format.dateTime(calendarDay(signer.confirmedOn), "mediumDay")}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
