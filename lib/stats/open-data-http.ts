// HTTP details shared by the open-data endpoints.

/** Anyone may read the figures from any site; caches may keep them for a minute. */
export const OPEN_DATA_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Cache-Control": "public, max-age=60, s-maxage=60, stale-while-revalidate=300",
} as const;

export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...OPEN_DATA_HEADERS, "Access-Control-Max-Age": "86400" },
  });
}

/** The database could not be read: say so, and let nobody cache the answer. */
export function unavailableResponse(): Response {
  return Response.json(
    { error: "Figures are temporarily unavailable." },
    {
      status: 503,
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store", "Retry-After": "60" },
    },
  );
}
