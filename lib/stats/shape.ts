// Turns the counter tables into the public figures. Pure functions: no database, no Next.
import { isMexicanStateCode } from "@/lib/geo/mexican-states";

export interface DailyCount {
  /** Day of confirmation in Mexico City time, YYYY-MM-DD. */
  day: string;
  count: number;
}

/** Aggregated, anonymous figures: the only statistics the site publishes. */
export interface PublicStats {
  total: number;
  /** Confirmed signatures per Mexican state (ISO 3166-2:MX code without prefix); states with none are absent. */
  byState: Record<string, number>;
  /** Confirmed signatures per country of residence (ISO 3166-1 alpha-2); MX includes every state. */
  byCountry: Record<string, number>;
  byDay: DailyCount[];
  /** When the figures were read from the database (ISO 8601). */
  asOf: string;
}

export interface CountRow {
  scope: string;
  code: string;
  count: number;
}

export interface DailyRow {
  /** A DATE column, read by the driver as midnight UTC of that day. */
  day: Date;
  count: number;
}

export function shapePublicStats(
  counts: readonly CountRow[],
  daily: readonly DailyRow[],
  now: Date,
): PublicStats {
  const byState: Record<string, number> = {};
  const byCountry: Record<string, number> = {};
  let total = 0;
  for (const row of counts) {
    if (row.count <= 0) continue;
    if (row.scope === "total" && row.code === "all") total = row.count;
    else if (row.scope === "state" && isMexicanStateCode(row.code)) byState[row.code] = row.count;
    else if (row.scope === "country" && /^[A-Z]{2}$/.test(row.code)) byCountry[row.code] = row.count;
  }
  const byDay = daily
    .filter((row) => row.count > 0)
    .map((row) => ({ day: row.day.toISOString().slice(0, 10), count: row.count }))
    .sort((a, b) => a.day.localeCompare(b.day));
  return {
    total,
    byState: sortKeys(byState),
    byCountry: sortKeys(byCountry),
    byDay,
    asOf: now.toISOString(),
  };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

export function statesRepresented(stats: Pick<PublicStats, "byState">): number {
  return Object.keys(stats.byState).length;
}

/** Share of the target reached, from 0 to 1 (capped: the bar never overflows). */
export function progressToward(total: number, target: number): number {
  if (target <= 0) return 0;
  return Math.min(1, Math.max(0, total / target));
}
