// The log of hidden names: who hid which name, when and why, for as long as the name exists
// (prisma/migrations/20261204090000_erasure_reaches_the_logs).
import type { Database } from "@/lib/db";

export const HIDDEN_LOG_LIMIT = 100;

export interface HiddenNameEntry {
  id: string;
  /** Always there: an entry is deleted with its name (withdrawal, invalidation, erasure). */
  name: string;
  organizerEmail: string;
  reason: string;
  createdAt: Date;
}

export async function listHiddenNames(db: Database, limit = HIDDEN_LOG_LIMIT): Promise<HiddenNameEntry[]> {
  return db.$queryRaw<HiddenNameEntry[]>`
    SELECT h."id"::text AS "id", s."name", h."organizer_email" AS "organizerEmail", h."reason",
           h."created_at" AS "createdAt"
    FROM "public_name_hiding" h JOIN "signature" s ON s."id" = h."signature_id"
    ORDER BY h."created_at" DESC, h."id"
    LIMIT ${limit}`;
}
