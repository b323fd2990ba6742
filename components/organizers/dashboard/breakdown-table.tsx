import { useLocale, useTranslations } from "next-intl";
import table from "@/components/ui/table.module.css";
import { campaignFormatter } from "@/i18n/format";

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
  const format = campaignFormatter(useLocale());
  const share = (count: number) => format.number(total > 0 ? count / total : 0, "percent");

  return (
    <div className={table.scroll} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={table.table}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyColumn}</th>
            <th scope="col" className={table.numeric}>
              {t("countColumn")}
            </th>
            <th scope="col" className={table.numeric}>
              {t("shareColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className={table.numeric}>{format.number(row.count)}</td>
              <td className={table.numeric}>{share(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
