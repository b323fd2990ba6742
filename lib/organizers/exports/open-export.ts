// Starts an export for the site or the command line: records it in the audit log, then
// hands back a stream that completes the log entry after its last row.
import type { Database } from "@/lib/db";
import { countRows, countsCsvWriter, countsJsonWriter } from "./counts";
import { completeExportLog, startExportLog } from "./export-log";
import { publicNameRows, publicNamesCsvWriter } from "./public-names";
import { exportFilename, exportName, type ExportRequest } from "./request";
import { streamRows, type RowStream } from "./stream";
import { describeError } from "@/lib/errors";

export interface OpenedExport extends RowStream {
  /** e.g. "counts-by-state.csv", as kept in the audit log. */
  name: string;
  filename: string;
  contentType: string;
}

/**
 * Throws when the audit log cannot be written (the database is away): nothing is exported
 * without a record of it.
 */
export async function openExport(
  db: Database,
  request: ExportRequest,
  requestedBy: string,
  now: () => Date = () => new Date(),
): Promise<OpenedExport> {
  const name = exportName(request);
  const logId = await startExportLog(db, { requestedBy, export: name, range: request.range });
  const hooks = {
    onComplete: (rowCount: number) => completeExportLog(db, logId, rowCount),
    // Class, code and frames only: a driver's message could quote a row.
    onError: (error: unknown) => console.error(`Export ${name} stopped: ${describeError(error)}`),
  };
  const filename = exportFilename(request);

  if (request.kind === "public-names") {
    const rows = publicNameRows(db, request.range);
    const opened = streamRows(rows, publicNamesCsvWriter(request.language), hooks);
    return { ...opened, name, filename, contentType: "text/csv; charset=utf-8" };
  }

  const rows = countRows(db, request.dimension, request.range);
  if (request.format === "json") {
    const writer = countsJsonWriter({
      dimension: request.dimension,
      range: request.range,
      generatedAt: now(),
    });
    return {
      ...streamRows(rows, writer, hooks),
      name,
      filename,
      contentType: "application/json; charset=utf-8",
    };
  }
  const opened = streamRows(rows, countsCsvWriter(request.dimension), hooks);
  return { ...opened, name, filename, contentType: "text/csv; charset=utf-8" };
}
