import { toOpenData } from "@/lib/stats/open-data";
import { OPEN_DATA_HEADERS, preflightResponse, unavailableResponse } from "@/lib/stats/open-data-http";
import { getPublicStats } from "@/lib/stats/public-stats";

// Rendered per request but cheap: the figures come from a cache refreshed at most once a minute.
export const dynamic = "force-dynamic";

/** Open data: aggregated signature counts as JSON. Documented in README.md. */
export async function GET() {
  const stats = await getPublicStats();
  if (!stats) return unavailableResponse();
  return Response.json(toOpenData(stats), { headers: OPEN_DATA_HEADERS });
}

export function OPTIONS() {
  return preflightResponse();
}
