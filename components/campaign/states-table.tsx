import { useLocale, useTranslations } from "next-intl";
import table from "@/components/ui/table.module.css";
import { campaignFormatter } from "@/i18n/format";
import { MEXICAN_STATES } from "@/lib/geo/mexican-states";

export interface StatesTableProps {
  byState: Record<string, number>;
}

/** The map's numbers as a table: every state, most signatures first. */
export function StatesTable({ byState }: StatesTableProps) {
  const t = useTranslations("SignaturesMap");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const rows = MEXICAN_STATES.map((state) => ({
    code: state.code,
    name: state[locale],
    count: byState[state.code] ?? 0,
  })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));

  return (
    <div className={table.scroll} role="region" aria-labelledby="states-table-caption" tabIndex={0}>
      <table className={table.table}>
        <caption id="states-table-caption">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("stateColumn")}</th>
            <th scope="col" className={table.numeric}>
              {t("countColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              <td className={table.numeric}>{format.number(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
