// The figures of the organizers' dashboard, read live from the signature rows (not from the
// public counters, which know neither dates nor pending signatures). Two aggregate queries,
// whatever the number of signatures: one for the summary, one for the chart and every
// breakdown. Each panel of the page awaits only the query it shows, so the summary is not held
// back by the larger breakdown query; the two run side by side.
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CAMPAIGN_TIME_ZONE, campaignDay } from "@/lib/campaign-time";
import { mostFirst, type KeyCount } from "./dashboard-breakdown";
import { chartWindow, fillDays, type DayCount } from "./dashboard-days";
import { dayInRange, type DateRange } from "./date-range";

export type { KeyCount } from "./dashboard-breakdown";
export type { DayCount } from "./dashboard-days";

export interface DashboardTotals {
  /** Still confirmed, and confirmed on a day of the range. */
  confirmed: number;
  /** Made on a day of the range and not confirmed yet. */
  pending: number;
  /** Withdrawn on a day of the range (whenever they were made). */
  withdrawn: number;
  /** Made on a day of the range and later set aside as abuse. */
  invalidated: number;
}

/**
 * Of the signatures made in the range (invalidated ones left out), how many were ever
 * confirmed: a withdrawn signature keeps its confirmation date, so it still counts as confirmed.
 */
export interface DashboardConversion {
  made: number;
  confirmed: number;
  /** confirmed / made, between 0 and 1; null when nothing was made in the range. */
  rate: number | null;
}

/** The summary panel: four counts and the confirmation rate. */
export interface DashboardSummary {
  totals: DashboardTotals;
  conversion: DashboardConversion;
}

/**
 * The chart and the breakdowns: confirmed signatures, confirmed in the range. They come from
 * one query, so `confirmed` is exactly what the chart and every breakdown add up to.
 */
export interface DashboardBreakdowns {
  /** Every confirmed signature counted below (the sum of each breakdown). */
  confirmed: number;
  /** Confirmed signatures per Mexico City day of confirmation, every day of the window, zeros included. */
  daily: { days: DayCount[]; truncated: boolean };
  /** The breakdowns, most first. */
  byState: Record<string, number>;
  byCountry: KeyCount[];
  /** Both languages, Spanish first, even at zero. */
  byLocale: KeyCount<"es" | "en">[];
  /** Null key: signed without a utm_source or ?ref= (direct or unknown). */
  bySource: KeyCount<string | null>[];
}

interface TotalsRow extends DashboardTotals {
  made: number;
  madeConfirmed: number;
}

interface BreakdownRow {
  dimension: "day" | "state" | "country" | "locale" | "source";
  key: string | null;
  count: number;
}

function totalsQuery(database: Database, range: DateRange) {
  const created = dayInRange(Prisma.sql`"created_at"`, range);
  return database.$queryRaw<TotalsRow[]>`
    SELECT
      count(*) FILTER (WHERE "status" = 'CONFIRMED' AND ${dayInRange(Prisma.sql`"confirmed_at"`, range)})::int
        AS "confirmed",
      count(*) FILTER (WHERE "status" = 'PENDING' AND ${created})::int AS "pending",
      count(*) FILTER (WHERE "status" = 'WITHDRAWN' AND ${dayInRange(Prisma.sql`"withdrawn_at"`, range)})::int
        AS "withdrawn",
      count(*) FILTER (WHERE "status" = 'INVALIDATED' AND ${created})::int AS "invalidated",
      count(*) FILTER (WHERE "status" <> 'INVALIDATED' AND ${created})::int AS "made",
      count(*) FILTER (WHERE "status" <> 'INVALIDATED' AND "confirmed_at" IS NOT NULL AND ${created})::int
        AS "madeConfirmed"
    FROM "signature"`;
}

/**
 * Every breakdown of the confirmed signatures in one pass. The rows are first counted per
 * combination of day, state, country, language and source (far fewer combinations than
 * signatures, and PostgreSQL can share that work among workers); the grouping sets then
 * add those counts up, one set per breakdown.
 */
function breakdownQuery(database: Database, range: DateRange) {
  return database.$queryRaw<BreakdownRow[]>`
    SELECT
      CASE
        WHEN GROUPING("day") = 0 THEN 'day'
        WHEN GROUPING("state") = 0 THEN 'state'
        WHEN GROUPING("country") = 0 THEN 'country'
        WHEN GROUPING("locale") = 0 THEN 'locale'
        ELSE 'source'
      END AS "dimension",
      -- Columns outside a row's grouping set are null, so this is that set's value.
      coalesce(to_char("day", 'YYYY-MM-DD'), "state", "country", "locale", "source") AS "key",
      sum("count")::int AS "count"
    FROM (
      SELECT ("confirmed_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date AS "day",
             "state_code" AS "state", "country_code"::text AS "country", "locale", "source",
             count(*) AS "count"
      FROM "signature"
      WHERE "status" = 'CONFIRMED' AND ${dayInRange(Prisma.sql`"confirmed_at"`, range)}
      GROUP BY 1, 2, 3, 4, 5
    ) AS "combinations"
    GROUP BY GROUPING SETS (("day"), ("state"), ("country"), ("locale"), ("source"))`;
}

/** Reads the summary panel's figures for a date range, uncached. */
export async function readDashboardSummary(database: Database, range: DateRange): Promise<DashboardSummary> {
  const [row] = await totalsQuery(database, range);
  // An aggregate without GROUP BY always returns exactly one row.
  const { made, madeConfirmed, ...totals } = row!;
  return {
    totals,
    conversion: { made, confirmed: madeConfirmed, rate: made > 0 ? madeConfirmed / made : null },
  };
}

/**
 * Reads the chart's and the breakdowns' figures for a date range, uncached. `now` decides
 * the chart's last day: nothing is confirmed in the future.
 */
export async function readDashboardBreakdowns(
  database: Database,
  range: DateRange,
  now: () => Date = () => new Date(),
): Promise<DashboardBreakdowns> {
  const breakdown = await breakdownQuery(database, range);
  const rows = (dimension: BreakdownRow["dimension"]) =>
    breakdown.filter((row) => row.dimension === dimension);

  const dayCounts = new Map(rows("day").map((row) => [row.key ?? "", row.count]));
  const firstDay = [...dayCounts.keys()].sort()[0] ?? null;
  const span = chartWindow(range, firstDay, campaignDay(now()));
  const localeCounts = new Map(rows("locale").map((row) => [row.key, row.count]));

  return {
    confirmed: rows("day").reduce((sum, row) => sum + row.count, 0),
    daily: { days: span ? fillDays(dayCounts, span) : [], truncated: span?.truncated ?? false },
    byState: Object.fromEntries(
      rows("state").flatMap((row) => (row.key === null ? [] : [[row.key, row.count] as const])),
    ),
    byCountry: rows("country")
      .map((row) => ({ key: row.key ?? "", count: row.count }))
      .sort(mostFirst),
    byLocale: (["es", "en"] as const).map((key) => ({ key, count: localeCounts.get(key) ?? 0 })),
    bySource: rows("source")
      .map((row) => ({ key: row.key, count: row.count }))
      .sort(mostFirst),
  };
}
