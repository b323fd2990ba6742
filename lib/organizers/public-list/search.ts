// Finding a name on the public list, for an organizer deciding whether to hide it.
import { z } from "zod";
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeText } from "@/lib/petition/normalize";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { LISTED_SIGNATURE } from "@/lib/signers/public-list";
import type { SignerPlace } from "@/lib/signers/place";
import { SEARCH_LIMIT, SEARCH_MAX_LENGTH } from "./limits";

/** Error keys of "OrganizerSigners.errors". */
export const searchQuerySchema = z.preprocess(
  (value) => (typeof value === "string" ? normalizeText(value) : ""),
  z.string().max(SEARCH_MAX_LENGTH, "queryTooLong"),
);

export interface ListedName extends SignerPlace {
  signatureId: string;
  name: string;
  /** Day of confirmation in Mexico City, YYYY-MM-DD. */
  confirmedOn: string;
}

/**
 * Folds case and accents the same way on both sides, inside PostgreSQL: "nunez" finds
 * "Núñez" and "NÚÑEZ" finds "Nuñez". NFD splits "ú" into "u" and a combining mark, which
 * the range U+0300–U+036F removes.
 */
function folded(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(regexp_replace(normalize(${text}, NFD), '[\u0300-\u036f]', '', 'g'))`;
}

const LISTED_NAME_COLUMNS = Prisma.sql`
  s."id"::text AS "signatureId", s."name", s."country_code"::text AS "countryCode",
  s."state_code" AS "stateCode",
  to_char((s."confirmed_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date, 'YYYY-MM-DD') AS "confirmedOn"`;

/**
 * Names on the public list that contain the query, newest first; the newest names when
 * the query is empty, which is where a name that should not be there shows up first.
 * One row more than the limit is read, to tell whether there are more matches.
 *
 * A search folds every listed name, which no index helps with: about a second at 300,000
 * names on a 2-core machine. It is an organizer's occasional lookup, never a public path.
 */
export async function searchListedNames(
  db: Database,
  query: string,
  limit = SEARCH_LIMIT,
): Promise<{ names: ListedName[]; more: boolean }> {
  const matching =
    query === ""
      ? Prisma.empty
      : Prisma.sql`AND strpos(${folded(Prisma.sql`s."name"`)}, ${folded(Prisma.sql`${query}`)}) > 0`;
  const rows = await db.$queryRaw<ListedName[]>`
    SELECT ${LISTED_NAME_COLUMNS}
    FROM "signature" s
    WHERE ${LISTED_SIGNATURE} ${matching}
    ORDER BY s."confirmed_at" DESC, s."id"
    LIMIT ${limit + 1}`;
  return { names: rows.slice(0, limit), more: rows.length > limit };
}

/** One name still on the public list, or null (withdrawn, hidden, not shown, unknown id). */
export async function findListedName(db: Database, signatureId: string): Promise<ListedName | null> {
  if (!z.uuid().safeParse(signatureId).success) return null;
  const rows = await db.$queryRaw<ListedName[]>`
    SELECT ${LISTED_NAME_COLUMNS}
    FROM "signature" s
    WHERE s."id" = ${signatureId}::uuid AND ${LISTED_SIGNATURE}`;
  return rows[0] ?? null;
}
