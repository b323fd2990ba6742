import { db } from "@/lib/db";
import { currentOrganizer } from "@/lib/organizers/current";
import { exportResponse } from "@/lib/organizers/exports/http";

export const dynamic = "force-dynamic";

/** Confirmed signatures counted ?by=day|state|country|language|source, &format=csv|json, &from=&to= (YYYY-MM-DD). */
export async function GET(request: Request) {
  return exportResponse("counts", new URL(request.url), { organizer: currentOrganizer, db }, request.headers);
}
