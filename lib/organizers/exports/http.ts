// The HTTP side of the exports, shared by their route handlers. Dependencies come in as
// arguments so the integration tests can run it without a Next.js request.
import type { Database } from "@/lib/db";
import type { Organizer } from "@/lib/organizers/session";
import { openExport } from "./open-export";
import { parseExportRequest, type ExportKind, type ExportQuery } from "./request";

export interface ExportDependencies {
  /** The signed-in organizer, or null; may throw when the database is away. */
  organizer: () => Promise<Organizer | null>;
  db: () => Database;
}

// Private data: never kept by a browser or proxy cache.
const NO_STORE = { "Cache-Control": "no-store" } as const;

function plainText(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE, ...headers },
  });
}

const unavailable = () =>
  plainText(503, "The database is unavailable; try again in a minute.", { "Retry-After": "60" });

function queryOf(url: URL): ExportQuery {
  const get = (name: keyof ExportQuery) => url.searchParams.get(name);
  return { by: get("by"), format: get("format"), lang: get("lang"), from: get("from"), to: get("to") };
}

/**
 * 401 for anyone not signed in, before any parameter or row is looked at; 400 for a bad
 * parameter; 503 when the database is away; otherwise the export, streamed.
 */
export async function exportResponse(
  kind: ExportKind,
  url: URL,
  deps: ExportDependencies,
): Promise<Response> {
  let organizer: Organizer | null;
  try {
    organizer = await deps.organizer();
  } catch {
    return unavailable();
  }
  if (!organizer) return plainText(401, "Sign in as an organizer to export.");

  const parsed = parseExportRequest(kind, queryOf(url));
  if (parsed.error !== undefined) return plainText(400, parsed.error);

  try {
    const opened = await openExport(deps.db(), parsed.request, organizer.email);
    return new Response(opened.stream, {
      headers: {
        "Content-Type": opened.contentType,
        "Content-Disposition": `attachment; filename="${opened.filename}"`,
        ...NO_STORE,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return unavailable();
  }
}
