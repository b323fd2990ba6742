import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";

export interface BreakdownRow {
  key: string;
  label: string;
  count: number;
}

interface BreakdownTableProps {
  id: string;
  caption: string;
  keyColumn: string;
  rows: BreakdownRow[];
  /** The period's confirmed signatures, for each row's share. */
  total: number;
}

/** One breakdown of the confirmed signatures: what, how many, and what share of the total. */
export function BreakdownTable({ id, caption, keyColumn, rows, total }: BreakdownTableProps) {
  const t = useTranslations("OrganizerDashboard");
  const locale = useLocale() as Locale;
  const share = (count: number) =>
    formatNumber(total > 0 ? count / total : 0, locale, { style: "percent", maximumFractionDigits: 1 });

  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyColumn}</th>
            <th scope="col" className="numeric">
              {t("countColumn")}
            </th>
            <th scope="col" className="numeric">
              {t("shareColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{formatNumber(row.count, locale)}</td>
              <td className="numeric">{share(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
