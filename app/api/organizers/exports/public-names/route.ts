import { db } from "@/lib/db";
import { currentOrganizer } from "@/lib/organizers/current";
import { exportResponse } from "@/lib/organizers/exports/http";

export const dynamic = "force-dynamic";

/** Names of confirmed signers who chose to show them, as CSV: ?from=&to= (YYYY-MM-DD), &lang=es|en for place names. */
export async function GET(request: Request) {
  return exportResponse(
    "public-names",
    new URL(request.url),
    { organizer: currentOrganizer, db },
    request.headers,
  );
}
