// Checks the HTTP server (scripts/serve.ts) makes before Next sees a request, answered with
// a short page in the visitor's language:
// - The largest legitimate request body is an organizers' form, a few KB; a larger body is
//   refused by its declared length before a byte of it is read. The one exception is the
//   news editor, whose posts carry an update's two texts (up to NEWS_BODY_MAX_LENGTH each),
//   twice: as the form and inside the previous state. Bodies sent without a length are refused.
// - A form posted from another site is refused: Next checks the Origin of server actions
//   too, but answers with a 500 and an error page; this answers 403 and says why.
// - An address Next cannot read (a broken percent-escape, a request line that is not a path)
//   and the methods no page answers (TRACE, TRACK, CONNECT, which the Fetch API Next builds
//   its requests with refuses) are answered 400 and 405: Next answers them with a bare 500.
import type { IncomingMessage, ServerResponse } from "node:http";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { routing } from "@/i18n/routing";

export const MAX_REQUEST_BODY_BYTES = 16 * 1024;

/**
 * The news editor's posts: two texts of up to 20,000 characters, up to 3 bytes each in
 * UTF-8 once encoded, sent twice, plus the titles. next.config.ts's bodySizeLimit matches.
 */
export const MAX_NEWS_EDITOR_BODY_BYTES = 256 * 1024;

// Read from the routing table itself: this runs in the HTTP server before Next, where
// next-intl's navigation helpers (which need React) are not loaded.
const NEWS_EDITOR_PATHS = new Set(
  routing.locales.map((locale) => `/${locale}${routing.pathnames["/organizers/news"][locale]}`),
);

/** The largest body a request to this URL may declare. */
export function maxBodyBytes(url: string | undefined): number {
  const path = (url ?? "").split("?", 1)[0]!;
  return NEWS_EDITOR_PATHS.has(path) ? MAX_NEWS_EDITOR_BODY_BYTES : MAX_REQUEST_BODY_BYTES;
}

function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

type RefusalPage =
  | "RequestTooLarge"
  | "LengthRequired"
  | "ForeignOrigin"
  | "ServerBusy"
  | "BadAddress"
  | "MethodNotAllowed"
  | "BodyTooSlow";

/** A refusal page, in the language of the path the form was posted to. */
export function refusalPage(page: RefusalPage, path: string): string {
  const locale = path.startsWith("/en") ? "en" : "es";
  const words = (locale === "en" ? en : es)[page];
  const back = locale === "en" ? "/en" : "/es";
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(words.title)}</title></head><body>`,
    `<h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.body)}</p>`,
    `<p><a href="${back}">${escapeHtml(words.back)}</a></p></body></html>`,
  ].join("");
}

/**
 * Bodies up to this size are read and thrown away after a refusal, so a browser that is
 * still uploading receives the page instead of a reset connection (Node drains what is left
 * of a request once its answer is sent). Larger ones are cut off: the connection closes.
 */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  page: RefusalPage,
  headers: Record<string, string> = {},
): true {
  const declared = Number(request.headers["content-length"] ?? 0);
  response.writeHead(status, {
    ...headers,
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": "default-src 'none'",
    "x-content-type-options": "nosniff",
    ...(declared > DRAIN_LIMIT_BYTES ? { connection: "close" } : {}),
  });
  response.end(refusalPage(page, request.url ?? "/"));
  return true;
}

/**
 * Answers 413 when the request declares a body above the limit, and 411 when it sends a
 * body without declaring its length (chunked): browsers always declare it for our forms,
 * and Next answers an oversized stream with a 500 rather than a 413. Returns true if refused.
 */
export function refuseLargeBody(request: IncomingMessage, response: ServerResponse): boolean {
  const length = request.headers["content-length"];
  if (length === undefined) {
    if (request.headers["transfer-encoding"] === undefined) return false;
    return refuse(request, response, 411, "LengthRequired");
  }
  if (!(Number(length) > maxBodyBytes(request.url))) return false;
  return refuse(request, response, 413, "RequestTooLarge");
}

const UNSERVED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Whether the request line names a path whose percent-escapes decode. */
export function isReadableAddress(url: string | undefined): boolean {
  if (url === undefined || !url.startsWith("/")) return false;
  try {
    decodeURIComponent(url.split("?", 1)[0]!);
    return true;
  } catch {
    return false;
  }
}

/**
 * Answers 405 for a method no page or route serves and 400 for an address that cannot be
 * read, before Next answers either with a 500. Returns true if refused.
 */
export function refuseUnreadableRequest(request: IncomingMessage, response: ServerResponse): boolean {
  if (UNSERVED_METHODS.has(request.method ?? "GET")) {
    return refuse(request, response, 405, "MethodNotAllowed", { allow: "GET, HEAD, POST" });
  }
  if (!isReadableAddress(request.url)) return refuse(request, response, 400, "BadAddress");
  return false;
}

/**
 * Answers 408 when a body did not arrive in time (lib/server/body-arrival.ts), and closes the
 * connection: what is left of that body would otherwise be read as the next request.
 */
export function refuseSlowBody(request: IncomingMessage, response: ServerResponse): void {
  if (response.headersSent || response.destroyed) return;
  refuse(request, response, 408, "BodyTooSlow", { connection: "close", "cache-control": "no-store" });
}

/** Seconds a browser (or a script) is asked to wait before it sends a refused request again. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * Answers 503 with "busy, try again" (lib/server/admission.ts decided the request cannot be
 * worked on in time). Nothing of the request reached the app.
 */
export function refuseBusy(request: IncomingMessage, response: ServerResponse): void {
  const answer = () => {
    if (response.headersSent || response.destroyed) return;
    refuse(request, response, 503, "ServerBusy", {
      "retry-after": String(BUSY_RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
    });
  };
  // The answer waits for the rest of the form (16 KB at most, refuseLargeBody saw to that):
  // answering a client that is still uploading can close the connection under it, and the
  // browser would show a network error instead of this page. A client that never finishes
  // is cut off by the server's request timeout.
  if (request.complete) return answer();
  request.once("end", answer);
  request.resume();
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Answers 403 and returns true for a state-changing request whose Origin is another site
 * (or "null"). Browsers send Origin with every form post; scripts that send none are left
 * to the action's own checks. `hosts` are the host names this server answers as.
 */
/** Where the RFC 8058 one-click unsubscribe is posted (app/api/news/unsubscribe/[token]). */
export const ONE_CLICK_UNSUBSCRIBE_PREFIX = "/api/news/unsubscribe/";

export function refuseForeignOrigin(
  request: IncomingMessage,
  response: ServerResponse,
  hosts: readonly string[],
): boolean {
  if (!UNSAFE_METHODS.has(request.method ?? "GET")) return false;
  // RFC 8058: the one-click unsubscribe is posted by mail providers, possibly from their
  // webmail's own origin; the token in the path is its whole authorization.
  if ((request.url ?? "").startsWith(ONE_CLICK_UNSUBSCRIBE_PREFIX)) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    // "null" and anything unparsable: refused below.
  }
  if (host && hosts.includes(host)) return false;
  return refuse(request, response, 403, "ForeignOrigin");
}
