// The names of confirmed signers who chose to show them, for delivering the petition.
// Only what the signer agreed to make public leaves: name, place, day of confirmation.
// No email, network hash, language or source.
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { placeNamer } from "@/lib/signers/place";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { dayInRange, type DateRange } from "@/lib/organizers/date-range";
import { CSV_BOM, csvLine } from "./csv";
import type { RowWriter } from "./stream";

export interface PublicNameRow {
  name: string;
  countryCode: string;
  stateCode: string | null;
  /** Day of confirmation in Mexico City, YYYY-MM-DD. */
  confirmedOn: string;
}

interface PageRow extends PublicNameRow {
  id: string;
  confirmedAt: Date;
}

/** Rows per query: large enough to be quick, small enough that memory stays flat. */
export const PUBLIC_NAMES_PAGE_SIZE = 2000;

/**
 * Every matching row in order of confirmation, one page at a time. Each page starts after
 * the last (confirmed_at, id) seen (keyset pagination): no OFFSET that grows with the
 * export, no long-lived cursor or transaction holding a connection.
 */
export async function* publicNameRows(
  db: Database,
  range: DateRange,
  pageSize = PUBLIC_NAMES_PAGE_SIZE,
): AsyncGenerator<PublicNameRow> {
  let after: { confirmedAt: string; id: string } | null = null;
  for (;;) {
    // The plain ">=" lets PostgreSQL walk the (status, confirmed_at) index; the row
    // comparison then skips the rows already sent.
    const resume: Prisma.Sql = after
      ? Prisma.sql`AND "confirmed_at" >= ${after.confirmedAt}::timestamptz
          AND ("confirmed_at", "id") > (${after.confirmedAt}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    const page: PageRow[] = await db.$queryRaw<PageRow[]>`
      SELECT "id", "name", "country_code"::text AS "countryCode", "state_code" AS "stateCode",
             "confirmed_at" AS "confirmedAt",
             to_char(("confirmed_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date, 'YYYY-MM-DD') AS "confirmedOn"
      FROM "signature"
      WHERE "status" = 'CONFIRMED' AND "show_name"
        -- A name organizers hid from the public list (an insult, someone else's name) is
        -- not delivered with the petition either; the signature still counts.
        AND NOT EXISTS (SELECT 1 FROM "public_name_hiding" h WHERE h."signature_id" = "signature"."id")
        AND ${dayInRange(Prisma.sql`"confirmed_at"`, range)}
        ${resume}
      ORDER BY "confirmed_at", "id"
      LIMIT ${pageSize}`;
    for (const { name, countryCode, stateCode, confirmedOn } of page) {
      yield { name, countryCode, stateCode, confirmedOn };
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    // An ISO string with its zone, so the server's own time zone cannot shift it.
    after = { confirmedAt: last.confirmedAt.toISOString(), id: last.id };
  }
}

/**
 * Header "name,place,confirmed_on". The place is a readable name in the chosen language:
 * the state for residents of Mexico, the country otherwise (names, not codes, because
 * this list is printed and read by people).
 */
export function publicNamesCsvWriter(language: Locale): RowWriter<PublicNameRow> {
  const place = placeNamer(language);
  return {
    head: CSV_BOM + csvLine(["name", "place", "confirmed_on"]),
    row: (row) => csvLine([row.name, place(row), row.confirmedOn]),
    tail: () => "",
  };
}
