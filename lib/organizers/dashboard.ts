// The figures of the organizers' dashboard, read from the counters the database keeps by
// campaign day, state, country, language and source with every change to a signature
// (./dashboard-tallies), so a read costs the same at a thousand signatures or a million. Two
// queries: one for the summary, one for the chart and every breakdown. Each panel of the page
// awaits only the query it shows; the two run side by side.
import type { Database } from "@/lib/db";
import { campaignDay } from "@/lib/campaign-time";
import { mostFirst, type KeyCount } from "./dashboard-breakdown";
import { chartWindow, fillDays, type DayCount } from "./dashboard-days";
import { readConfirmedTallies, readFigureTotals, type TallyDimension } from "./dashboard-tallies";
import type { DateRange } from "./date-range";

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

const BREAKDOWNS: readonly TallyDimension[] = ["day", "state", "country", "locale", "source"];

/** Reads the summary panel's figures for a date range, uncached. */
export async function readDashboardSummary(database: Database, range: DateRange): Promise<DashboardSummary> {
  const { made, madeConfirmed, ...totals } = await readFigureTotals(database, range);
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
  const breakdown = await readConfirmedTallies(database, BREAKDOWNS, range);
  const rows = (dimension: TallyDimension) => breakdown.filter((row) => row.dimension === dimension);

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
