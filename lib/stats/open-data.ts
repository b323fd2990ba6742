// The open-data formats of the public figures (JSON and CSV). Documented in README.md;
// changing a field name breaks the people who build on it.
import { MEXICAN_STATES } from "@/lib/geo/mexican-states";
import type { DailyCount, PublicStats } from "./shape";

export interface OpenDataStats {
  asOf: string;
  total: number;
  statesRepresented: number;
  /** All 32 states, in code order, with zero where nobody has signed yet. */
  byState: { code: string; name: string; count: number }[];
  /** Countries with at least one signature, most signatures first. */
  byCountry: { code: string; count: number }[];
  byDay: DailyCount[];
}

export function toOpenData(stats: PublicStats): OpenDataStats {
  return {
    asOf: stats.asOf,
    total: stats.total,
    statesRepresented: Object.keys(stats.byState).length,
    byState: [...MEXICAN_STATES]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((state) => ({ code: state.code, name: state.es, count: stats.byState[state.code] ?? 0 })),
    byCountry: Object.entries(stats.byCountry)
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    byDay: stats.byDay,
  };
}

export const CSV_HEADER = ["scope", "key", "name", "count"] as const;

/** One row per figure: scope total|state|country|day, its key, a name for states, the count. */
export function toCsv(stats: PublicStats): string {
  const data = toOpenData(stats);
  const rows: (string | number)[][] = [
    [...CSV_HEADER],
    ["total", "all", "", data.total],
    ...data.byState.map((state) => ["state", state.code, state.name, state.count]),
    ...data.byCountry.map((country) => ["country", country.code, "", country.count]),
    ...data.byDay.map((day) => ["day", day.day, "", day.count]),
  ];
  // RFC 4180: CRLF line endings, fields quoted only when they need it.
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
