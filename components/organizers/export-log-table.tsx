import { getLocale, getTranslations } from "next-intl/server";
import table from "@/components/ui/table.module.css";
import { calendarDay, campaignFormatter } from "@/i18n/format";
import { db } from "@/lib/db";
import type { DateRange } from "@/lib/organizers/date-range";
import { commandLineUser, recentExports } from "@/lib/organizers/exports/export-log";
import { parseExportName } from "@/lib/organizers/exports/request";

/** The audit log of exports, newest first: when, who, what, which days, how many rows. */
export async function ExportLogTable({ limit }: { limit: number }) {
  const [t, locale, entries] = await Promise.all([
    getTranslations("OrganizerExports.log"),
    getLocale(),
    recentExports(db(), limit),
  ]);
  if (entries.length === 0) return <p>{t("empty")}</p>;
  const format = campaignFormatter(locale);
  const day = (value: string) => format.dateTime(calendarDay(value), "mediumDay");

  const who = (requestedBy: string) => {
    const user = commandLineUser(requestedBy);
    return user === null ? requestedBy : t("commandLine", { user });
  };
  const what = (name: string) => {
    const parsed = parseExportName(name);
    if (!parsed) return name;
    if (parsed.kind === "public-names") return t("publicNames");
    return t("counts", { dimension: t(`by.${parsed.dimension}`), format: parsed.format.toUpperCase() });
  };
  const period = ({ from, to }: DateRange) => {
    if (from && to) return t("periodBetween", { from: day(from), to: day(to) });
    if (from) return t("periodSince", { from: day(from) });
    if (to) return t("periodUntil", { to: day(to) });
    return t("periodAll");
  };

  return (
    <div className={table.scroll} role="region" aria-labelledby="export-log-caption" tabIndex={0}>
      <table className={table.table}>
        <caption id="export-log-caption">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("range")}</th>
            <th scope="col" className={table.numeric}>
              {t("rows")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, "logEntry")}
                </time>
              </td>
              <td>{who(entry.organizerEmail)}</td>
              <td>{what(entry.export)}</td>
              <td>{period(entry.range)}</td>
              <td className={table.numeric}>
                {entry.rowCount === null ? t("notFinished") : format.number(entry.rowCount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
