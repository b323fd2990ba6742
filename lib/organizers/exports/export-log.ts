// The audit log of exports: who took what, for which days, when, and how many rows.
// A row is written before the first byte leaves and completed after the last one, so an
// interrupted download stays visible, with no row count.
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db";
import type { DateRange } from "@/lib/organizers/date-range";

export interface ExportLogEntry {
  id: string;
  /** The organizer's email, or "command line (<os user>)". */
  organizerEmail: string;
  /** e.g. "counts-by-state.csv", "public-names.csv". */
  export: string;
  range: DateRange;
  /** Null while running, or when the download was interrupted. */
  rowCount: number | null;
  createdAt: Date;
  completedAt: Date | null;
}

const COMMAND_LINE = /^command line \((.*)\)$/;

/** Who ran an export from a terminal, as kept in the log: "command line (<os user>)". */
export function commandLineRequester(user: string): string {
  return `command line (${user})`;
}

/** The operating-system user of a command-line export; null for an organizer's email. */
export function commandLineUser(requestedBy: string): string | null {
  return COMMAND_LINE.exec(requestedBy)?.[1] ?? null;
}

/** A DATE column holds a calendar day; Prisma gives it back as midnight UTC. */
const toDay = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
const fromDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function startExportLog(
  db: Database,
  entry: { requestedBy: string; export: string; range: DateRange },
): Promise<string> {
  const id = randomUUID();
  await db.exportLog.create({
    data: {
      id,
      organizerEmail: entry.requestedBy,
      export: entry.export,
      rangeFrom: toDay(entry.range.from),
      rangeTo: toDay(entry.range.to),
    },
    select: { id: true },
  });
  return id;
}

export async function completeExportLog(db: Database, id: string, rowCount: number): Promise<void> {
  await db.exportLog.update({
    where: { id },
    data: { rowCount, completedAt: new Date() },
    select: { id: true },
  });
}

/** The latest exports, newest first. */
export async function recentExports(db: Database, limit: number): Promise<ExportLogEntry[]> {
  const rows = await db.exportLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      organizerEmail: true,
      export: true,
      rangeFrom: true,
      rangeTo: true,
      rowCount: true,
      createdAt: true,
      completedAt: true,
    },
  });
  return rows.map(({ rangeFrom, rangeTo, ...row }) => ({
    ...row,
    range: { from: fromDay(rangeFrom), to: fromDay(rangeTo) },
  }));
}
