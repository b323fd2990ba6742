// The invalidation log shown to organizers: who set aside how many signatures, and why.
import type { Database } from "@/lib/db";

export const LOG_LIMIT = 100;

export async function listInvalidations(db: Database, limit = LOG_LIMIT) {
  return db.signatureInvalidation.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      createdAt: true,
      organizerEmail: true,
      emailDomain: true,
      ipHash: true,
      ipHashDroppedAt: true,
      signedFrom: true,
      signedUntil: true,
      signatureCount: true,
      confirmedCount: true,
    },
  });
}

export type InvalidationLogEntry = Awaited<ReturnType<typeof listInvalidations>>[number];
