// Confirmed signatures counted by one dimension, for the days of confirmation in a range.
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { confirmedTalliesSql, type TallyDimension } from "@/lib/organizers/dashboard-tallies";
import type { DateRange } from "@/lib/organizers/date-range";
import { CSV_BOM, csvLine } from "./csv";
import type { CountDimension } from "./request";
import type { RowWriter } from "./stream";

export interface CountRow {
  /** The day (YYYY-MM-DD), state code, country code, language or source; null when the signature has none. */
  key: string | null;
  confirmed: number;
}

// The export's names for the counters' dimensions. State is null for signers outside Mexico,
// so every dimension adds up to the same total.
const TALLIES: Record<CountDimension, TallyDimension> = {
  day: "day",
  state: "state",
  country: "country",
  language: "locale",
  source: "source",
};

/**
 * The counts, largest first (days in calendar order), read from the counters the database
 * keeps (lib/organizers/dashboard-tallies.ts). There is one row per distinct key, so they are
 * read in one query and handed to the stream one at a time.
 */
export async function* countRows(
  db: Database,
  dimension: CountDimension,
  range: DateRange,
): AsyncGenerator<CountRow> {
  const order = dimension === "day" ? Prisma.sql`1` : Prisma.sql`2 DESC, 1 ASC NULLS LAST`;
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT "key", "count" AS "confirmed"
    FROM (${confirmedTalliesSql([TALLIES[dimension]], range)}) AS "tallies"
    ORDER BY ${order}`;
  yield* rows;
}

/** Header "<dimension>,confirmed"; an empty key cell means none (outside Mexico, no source). */
export function countsCsvWriter(dimension: CountDimension): RowWriter<CountRow> {
  return {
    head: CSV_BOM + csvLine([dimension, "confirmed"]),
    row: ({ key, confirmed }) => csvLine([key, confirmed]),
    tail: () => "",
  };
}

export interface CountsJsonMeta {
  dimension: CountDimension;
  range: DateRange;
  generatedAt: Date;
}

/**
 * A self-describing document, written piece by piece:
 * {"dimension":"state","from":null,"to":"2026-12-01","timeZone":"America/Mexico_City",
 *  "generatedAt":"…","rows":[{"key":"JAL","confirmed":12},…],"total":12}
 */
export function countsJsonWriter({ dimension, range, generatedAt }: CountsJsonMeta): RowWriter<CountRow> {
  let total = 0;
  let first = true;
  const meta = {
    dimension,
    from: range.from,
    to: range.to,
    timeZone: CAMPAIGN_TIME_ZONE,
    generatedAt: generatedAt.toISOString(),
  };
  return {
    head: JSON.stringify(meta).slice(0, -1) + ',"rows":[',
    row: ({ key, confirmed }) => {
      total += confirmed;
      const separator = first ? "" : ",";
      first = false;
      return separator + JSON.stringify({ key, confirmed });
    },
    tail: () => `],"total":${total}}\n`,
  };
}
