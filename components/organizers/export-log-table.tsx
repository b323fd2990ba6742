import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import type { DateRange } from "@/lib/organizers/date-range";
import { commandLineUser, recentExports } from "@/lib/organizers/exports/export-log";
import { parseExportName } from "@/lib/organizers/exports/request";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { formatDay } from "./format-day";

const MEDIUM_DAY: Intl.DateTimeFormatOptions = { dateStyle: "medium" };

/** The audit log of exports, newest first: when, who, what, which days, how many rows. */
export async function ExportLogTable({ limit }: { limit: number }) {
  const [t, locale, entries] = await Promise.all([
    getTranslations("OrganizerExports.log"),
    getLocale() as Promise<Locale>,
    recentExports(db(), limit),
  ]);
  if (entries.length === 0) return <p>{t("empty")}</p>;

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
    if (from && to)
      return t("periodBetween", {
        from: formatDay(from, locale, MEDIUM_DAY),
        to: formatDay(to, locale, MEDIUM_DAY),
      });
    if (from) return t("periodSince", { from: formatDay(from, locale, MEDIUM_DAY) });
    if (to) return t("periodUntil", { to: formatDay(to, locale, MEDIUM_DAY) });
    return t("periodAll");
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby="export-log-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="export-log-caption">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("range")}</th>
            <th scope="col" className="numeric">
              {t("rows")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.createdAt.toISOString()}>
                  {formatDateTime(entry.createdAt, locale, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: CAMPAIGN_TIME_ZONE,
                  })}
                </time>
              </td>
              <td>{who(entry.organizerEmail)}</td>
              <td>{what(entry.export)}</td>
              <td>{period(entry.range)}</td>
              <td className="numeric">
                {entry.rowCount === null ? t("notFinished") : formatNumber(entry.rowCount, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
