import { toCsv } from "@/lib/stats/open-data";
import { OPEN_DATA_HEADERS, preflightResponse, unavailableResponse } from "@/lib/stats/open-data-http";
import { getPublicStats } from "@/lib/stats/public-stats";

export const dynamic = "force-dynamic";

/** Open data: the same figures as /api/stats, one CSV row per figure. Documented in README.md. */
export async function GET() {
  const stats = await getPublicStats();
  if (!stats) return unavailableResponse();
  return new Response(toCsv(stats), {
    headers: {
      ...OPEN_DATA_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'inline; filename="budapestconventionmx-firmas.csv"',
    },
  });
}

export function OPTIONS() {
  return preflightResponse();
}
