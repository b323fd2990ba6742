import { checkDatabaseHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not: for load balancers and uptime checks. */
export async function GET() {
  const healthy = await checkDatabaseHealth();
  return Response.json(
    { status: healthy ? "ok" : "unavailable", database: healthy ? "reachable" : "unreachable" },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
