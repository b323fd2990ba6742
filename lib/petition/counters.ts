// The public count is kept in counter rows (signature_count, signature_daily_count), so
// reading it costs the same at any size. The database keeps them: a trigger on "signature"
// moves a signature's counters with every change to it, in the same statement
// (prisma/migrations/20261201000000_signature_counters_trigger, which also holds the rule:
// which signatures count and in which counters). reconcileCounts() checks the counters
// against the rows themselves, counting them with the same SQL functions.
import type { Database } from "@/lib/db";

export interface CountMismatch {
  scope: string;
  code: string;
  counter: number;
  actual: number;
}

/** Lists every counter that disagrees with the rows; with fix, rewrites them all in one statement. */
export async function reconcileCounts(db: Database, { fix = false } = {}): Promise<CountMismatch[]> {
  const compare = () => db.$queryRaw<CountMismatch[]>`
    WITH tallies AS (
      SELECT t."figure", t."dimension", t."day", t."key", count(*)::int AS n
      FROM "signature" s CROSS JOIN LATERAL signature_tallies(s) t
      GROUP BY 1, 2, 3, 4
    ),
    actual AS (
      SELECT k."scope", k."code", count(*)::int AS n
      FROM "signature" s CROSS JOIN LATERAL signature_counters(s) k
      GROUP BY 1, 2
      UNION ALL
      SELECT t.figure || ' by ' || t.dimension, to_char(t.day, 'YYYY-MM-DD') || ' ' || coalesce(nullif(t.key, ''), '-'),
             t.n
      FROM tallies t
      UNION ALL
      SELECT t.figure || ' by ' || t.dimension || ' over all time', coalesce(nullif(t.key, ''), '-'), sum(t.n)::int
      FROM tallies t WHERE t.dimension <> 'all'
      GROUP BY 1, 2
    ),
    counters AS (
      SELECT "scope"::text AS scope, "code"::text AS code, "count" AS n FROM "signature_count"
      UNION ALL
      SELECT 'day', to_char("day", 'YYYY-MM-DD'), "count" FROM "signature_daily_count"
      UNION ALL
      SELECT "figure" || ' by ' || "dimension", to_char("day", 'YYYY-MM-DD') || ' ' || coalesce(nullif("key", ''), '-'),
             sum("count")::int
      FROM "signature_tally_daily"
      GROUP BY 1, 2
      UNION ALL
      SELECT "figure" || ' by ' || "dimension" || ' over all time', coalesce(nullif("key", ''), '-'), sum("count")::int
      FROM "signature_tally_all_time"
      GROUP BY 1, 2
    )
    SELECT coalesce(a.scope, c.scope) AS scope, coalesce(a.code, c.code) AS code,
           coalesce(c.n, 0) AS counter, coalesce(a.n, 0) AS actual
    FROM actual a FULL JOIN counters c ON a.scope = c.scope AND a.code = c.code
    WHERE coalesce(a.n, 0) <> coalesce(c.n, 0)
    ORDER BY 1, 2`;

  const mismatches = await compare();
  if (fix && mismatches.length > 0) await db.$executeRaw`SELECT signature_counters_rebuild()`;
  return mismatches;
}
