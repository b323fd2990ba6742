// Confirmed signatures counted by one dimension, for the days of confirmation in a range.
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { dayInRange, type DateRange } from "@/lib/organizers/date-range";
import { CSV_BOM, csvLine } from "./csv";
import type { CountDimension } from "./request";
import type { RowWriter } from "./stream";

export interface CountRow {
  /** The day (YYYY-MM-DD), state code, country code, language or source; null when the signature has none. */
  key: string | null;
  confirmed: number;
}

// Fixed SQL per dimension: the dimension picks a fragment, it is never pasted into SQL.
const KEYS: Record<CountDimension, Prisma.Sql> = {
  day: Prisma.sql`to_char(("confirmed_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date, 'YYYY-MM-DD')`,
  // Null for signers outside Mexico, so every dimension adds up to the same total.
  state: Prisma.sql`"state_code"::text`,
  country: Prisma.sql`"country_code"::text`,
  language: Prisma.sql`"locale"::text`,
  source: Prisma.sql`"source"::text`,
};

/**
 * The counts, largest first (days in calendar order). There is one row per distinct key,
 * so they are read in one query and handed to the stream one at a time.
 */
export async function* countRows(
  db: Database,
  dimension: CountDimension,
  range: DateRange,
): AsyncGenerator<CountRow> {
  const order = dimension === "day" ? Prisma.sql`1` : Prisma.sql`2 DESC, 1 ASC NULLS LAST`;
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT ${KEYS[dimension]} AS "key", count(*)::int AS "confirmed"
    FROM "signature"
    WHERE "status" = 'CONFIRMED' AND ${dayInRange(Prisma.sql`"confirmed_at"`, range)}
    GROUP BY 1
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
