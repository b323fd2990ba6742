// The HTTP side of the exports, shared by their route handlers. Dependencies come in as
// arguments so the integration tests can run it without a Next.js request.
import { localizedPath, requestLocale } from "@/i18n/navigation";
import type { Database } from "@/lib/db";
import { handleActionFailure } from "@/lib/errors";
import type { Organizer } from "@/lib/organizers/session";
import { openExport } from "./open-export";
import { parseExportRequest, type ExportKind, type ExportQuery, type ExportRequestProblem } from "./request";

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
 * Browsers say where a request comes from. The session cookie is SameSite=Lax, which a
 * link on another site still carries; a download started from anywhere but our own pages
 * (or the address bar) is refused, so no other site can make an organizer export names.
 */
function startedElsewhere(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/** A person in a browser (rather than a script) gets pages, not plain-text errors. */
function fromBrowser(headers: Headers): boolean {
  return headers.get("accept")?.includes("text/html") ?? false;
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });
}

/** An anonymous browser visit goes to the sign-in page in its language; anything else gets 401. */
function refuseAnonymous(url: URL, headers: Headers): Response {
  if (!fromBrowser(headers)) return plainText(401, "Sign in as an organizer to export.");
  const locale = requestLocale(headers, url.searchParams.get("lang"));
  return seeOther(localizedPath(locale, "/organizers/sign-in"));
}

/** A bad parameter: back to the exports page with a message in its language, or a 400 for scripts. */
function refuseRequest(url: URL, headers: Headers, error: string, problem: ExportRequestProblem): Response {
  if (!fromBrowser(headers)) return plainText(400, error);
  const locale = requestLocale(headers, url.searchParams.get("lang"));
  return seeOther(localizedPath(locale, { pathname: "/organizers/exports", query: { error: problem } }));
}

/**
 * 403 for a download another site started; 401 (or, for a browser, the sign-in page) for
 * anyone not signed in, before any parameter or row is looked at; 400 for a bad parameter;
 * 503 when the database is away; otherwise the export, streamed.
 */
export async function exportResponse(
  kind: ExportKind,
  url: URL,
  deps: ExportDependencies,
  headers: Headers = new Headers(),
): Promise<Response> {
  if (startedElsewhere(headers)) return plainText(403, "Exports start from the organizer pages only.");
  let organizer: Organizer | null;
  try {
    organizer = await deps.organizer();
  } catch (error) {
    handleActionFailure("exportResponse", error);
    return unavailable();
  }
  if (!organizer) return refuseAnonymous(url, headers);

  const parsed = parseExportRequest(kind, queryOf(url));
  if (parsed.error !== undefined) return refuseRequest(url, headers, parsed.error, parsed.problem);

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
  } catch (error) {
    handleActionFailure("exportResponse", error);
    return unavailable();
  }
}
