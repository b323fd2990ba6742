// The public list of signers: confirmed signatures whose owners chose to show their name,
// minus the few an organizer hid. Only what the signer agreed to make public is read:
// name, place and the day of confirmation (no id, email or exact time leaves this module).
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import type { SignerPlace } from "./place";

export const PUBLIC_LIST_PAGE_SIZE = 100;

/**
 * A signature whose name may be shown, on alias `s`. It is exactly the predicate of the
 * partial index signature_public_list_idx, so every read below stays inside that index.
 * Erased signatures need no condition of their own: the signature_personal_data_check
 * constraint leaves a confirmed, erased row without a name.
 */
export const SHOWN_SIGNATURE = Prisma.sql`s."status" = 'CONFIRMED' AND s."show_name" AND s."name" IS NOT NULL`;

/**
 * Shown and not hidden by an organizer. NOT IN (rather than NOT EXISTS) lets PostgreSQL
 * hash the few hidden ids once and test each index entry against that set; as an anti
 * join it probed the hiding table's index once per row walked (150,000 probes for page
 * 1,500). signature_id is NOT NULL, so NOT IN has no NULL trap.
 */
export const LISTED_SIGNATURE = Prisma.sql`${SHOWN_SIGNATURE}
  AND s."id" NOT IN (SELECT h."signature_id" FROM "public_name_hiding" h)`;

export interface PublicSigner extends SignerPlace {
  name: string;
  /** Day of confirmation in Mexico City, YYYY-MM-DD. */
  confirmedOn: string;
}

/** How many names the public list shows: an index-only count, about 0.1 s at 300,000 names. */
export async function countListedNames(db: Database): Promise<number> {
  const rows = await db.$queryRaw<{ listed: number }[]>`
    SELECT count(*)::int AS listed FROM "signature" s WHERE ${LISTED_SIGNATURE}`;
  return rows[0]?.listed ?? 0;
}

/**
 * One page of the list, newest confirmation first (ties broken by id, so pages never
 * overlap or skip a name).
 *
 * Pages are numbered and read with OFFSET, not with a keyset cursor. The OFFSET walk runs
 * over the partial index alone (an index-only scan of confirmed_at and id), and only the
 * page's own rows are then fetched from the table. Measured with 300,000 listed names on a
 * 2-core machine: page 1 takes about 5 ms and the last page (offset 299,900) about 120 ms;
 * each page is then cached until a signature changes (see ./cached-public-list.ts). A
 * keyset cursor would read any page in about 1 ms, but its address would carry a signer's
 * exact time of confirmation, and it cannot say "page 7 of 3,000" or link to the last page.
 */
export async function readListedNames(
  db: Database,
  { page, pageSize = PUBLIC_LIST_PAGE_SIZE }: { page: number; pageSize?: number },
): Promise<PublicSigner[]> {
  // The routes pass parsed page numbers only (./pages.ts); anything else is a caller's bug,
  // not a query for PostgreSQL to reject.
  if (!Number.isSafeInteger(page) || page < 1)
    throw new RangeError(`No page ${String(page)} of the public list`);
  const offset = (page - 1) * pageSize;
  return db.$queryRaw<PublicSigner[]>`
    WITH page AS (
      SELECT s."id", s."confirmed_at" FROM "signature" s
      WHERE ${LISTED_SIGNATURE}
      ORDER BY s."confirmed_at" DESC, s."id"
      LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT s."name", s."country_code"::text AS "countryCode", s."state_code" AS "stateCode",
           to_char((p."confirmed_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date, 'YYYY-MM-DD') AS "confirmedOn"
    FROM page p JOIN "signature" s ON s."id" = p."id"
    ORDER BY p."confirmed_at" DESC, p."id"`;
}
