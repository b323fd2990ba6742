import type { Database } from "@/lib/db";
import { shapePublicStats, type PublicStats } from "./shape";

/** Reads the counter tables, uncached (the cached wrapper is ./public-stats). */
export async function readPublicStats(
  database: Database,
  now: () => Date = () => new Date(),
): Promise<PublicStats> {
  const [counts, daily] = await Promise.all([
    database.signatureCount.findMany({ select: { scope: true, code: true, count: true } }),
    database.signatureDailyCount.findMany({ select: { day: true, count: true }, orderBy: { day: "asc" } }),
  ]);
  return shapePublicStats(counts, daily, now());
}
