// The date-range filter shared by the dashboard, the exports and the command line.
// Days are calendar days in Mexico City (the campaign's time zone), both ends included.
import { Prisma } from "@/lib/generated/prisma/client";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { z } from "zod";

export interface DateRange {
  /** First day included, YYYY-MM-DD; null for "from the beginning". */
  from: string | null;
  /** Last day included, YYYY-MM-DD; null for "until today". */
  to: string | null;
}

export const ALL_TIME: DateRange = { from: null, to: null };

/** Message keys in the "DateRange" namespace. */
export type DateRangeError = "invalidDate" | "reversed";

// Years the campaign could plausibly ask about; also keeps PostgreSQL from refusing year 0.
const isoDay = z.iso.date().refine((day) => day >= "2000-01-01" && day <= "2100-12-31");

function single(value: string | string[] | undefined | null): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/**
 * Reads ?from=&to= from a query. Anything malformed yields an error key and no filter,
 * so a bad link shows every day with a message instead of failing.
 */
export function parseDateRange(query: { from?: string | string[] | null; to?: string | string[] | null }): {
  range: DateRange;
  error?: DateRangeError;
} {
  const from = single(query.from);
  const to = single(query.to);
  const fromOk = from === "" || isoDay.safeParse(from).success;
  const toOk = to === "" || isoDay.safeParse(to).success;
  if (!fromOk || !toOk) return { range: ALL_TIME, error: "invalidDate" };
  const range = { from: from || null, to: to || null };
  if (range.from && range.to && range.from > range.to) return { range: ALL_TIME, error: "reversed" };
  return { range };
}

/**
 * SQL condition: the timestamp column falls on a day inside the range (true when unbounded).
 * Written as bounds on the column itself (local midnights in Mexico City) rather than by
 * converting every row's time stamp, so an index on the column can serve a short range.
 */
export function dayInRange(column: Prisma.Sql, { from, to }: DateRange): Prisma.Sql {
  const conditions = [
    from ? Prisma.sql`${column} >= (${from}::date::timestamp AT TIME ZONE ${CAMPAIGN_TIME_ZONE})` : null,
    to ? Prisma.sql`${column} < ((${to}::date + 1)::timestamp AT TIME ZONE ${CAMPAIGN_TIME_ZONE})` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** True for the range with neither end: every day there is. */
export function isAllTime({ from, to }: DateRange): boolean {
  return from === null && to === null;
}

/** SQL condition: a DATE column (a campaign day) falls inside the range (true when unbounded). */
export function dateInRange(column: Prisma.Sql, { from, to }: DateRange): Prisma.Sql {
  const conditions = [
    from ? Prisma.sql`${column} >= ${from}::date` : null,
    to ? Prisma.sql`${column} <= ${to}::date` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
