// The organizers' figures, read from the counter rows the database keeps with every change to
// a signature (prisma/migrations/20261202130000_signature_tallies holds the rule: which figure
// counts which signatures, by which day). A read sums a few hundred rows, whatever the number
// of signatures. Each counter is spread over slot rows, so every read sums over the slots.
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateInRange, isAllTime, type DateRange } from "./date-range";

/** The dimensions confirmed signatures are counted by: the campaign day of confirmation, or a property. */
export type TallyDimension = "day" | "state" | "country" | "locale" | "source";

export interface TallyCount {
  dimension: TallyDimension;
  /** The day (YYYY-MM-DD), state, country, locale or source; null for none (outside Mexico, no source). */
  key: string | null;
  count: number;
}

/** The dashboard's summary figures for the days of a range (see DashboardTotals). */
export interface FigureTotals {
  confirmed: number;
  pending: number;
  withdrawn: number;
  invalidated: number;
  made: number;
  madeConfirmed: number;
}

export async function readFigureTotals(database: Database, range: DateRange): Promise<FigureTotals> {
  const figure = (name: string) =>
    Prisma.sql`coalesce(sum("count") FILTER (WHERE "figure" = ${name}), 0)::int`;
  // An aggregate without GROUP BY always returns exactly one row.
  const [row] = await database.$queryRaw<FigureTotals[]>`
    SELECT ${figure("confirmed")} AS "confirmed", ${figure("pending")} AS "pending",
           ${figure("withdrawn")} AS "withdrawn", ${figure("invalidated")} AS "invalidated",
           ${figure("made")} AS "made", ${figure("made_confirmed")} AS "madeConfirmed"
    FROM "signature_tally_daily"
    WHERE "dimension" = 'all' AND ${dateInRange(Prisma.sql`"day"`, range)}`;
  return row!;
}

/**
 * Confirmed signatures confirmed on a day of the range, per key of each dimension asked for
 * (columns "dimension", "key", "count"); keys that count none are left out. Over every day,
 * the properties come from the all-time counters (one row per key instead of one per key and
 * day). A query to read as is or to order.
 */
export function confirmedTalliesSql(dimensions: readonly TallyDimension[], range: DateRange): Prisma.Sql {
  const properties = dimensions.filter((dimension) => dimension !== "day");
  const parts: Prisma.Sql[] = [];
  if (dimensions.includes("day")) {
    parts.push(Prisma.sql`
      SELECT 'day' AS "dimension", to_char("day", 'YYYY-MM-DD') AS "key", sum("count")::int AS "count"
      FROM "signature_tally_daily"
      WHERE "dimension" = 'all' AND "figure" = 'confirmed' AND ${dateInRange(Prisma.sql`"day"`, range)}
      GROUP BY "day"
      HAVING sum("count") > 0`);
  }
  if (properties.length > 0) {
    const [table, inRange] = isAllTime(range)
      ? [Prisma.sql`"signature_tally_all_time"`, Prisma.sql`TRUE`]
      : [Prisma.sql`"signature_tally_daily"`, dateInRange(Prisma.sql`"day"`, range)];
    // The counters keep "none" as '' (a key is part of a primary key).
    parts.push(Prisma.sql`
      SELECT "dimension"::text, nullif("key", '')::text AS "key", sum("count")::int AS "count"
      FROM ${table}
      WHERE "dimension" IN (${Prisma.join(properties)}) AND "figure" = 'confirmed' AND ${inRange}
      GROUP BY "dimension", "key"
      HAVING sum("count") > 0`);
  }
  if (parts.length === 0) throw new Error("confirmedTalliesSql needs at least one dimension");
  return Prisma.join(parts, " UNION ALL ");
}

export function readConfirmedTallies(
  database: Database,
  dimensions: readonly TallyDimension[],
  range: DateRange,
): Promise<TallyCount[]> {
  return database.$queryRaw<TallyCount[]>`${confirmedTalliesSql(dimensions, range)}`;
}
