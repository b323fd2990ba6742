// The largest legitimate request body is the organizers' settings form, a few KB. A larger
// body is refused by its declared length before a byte of it is read, with a short page in
// the visitor's language; bodies sent without a length are cut at the same size by Next
// (serverActions.bodySizeLimit in next.config.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

export const MAX_REQUEST_BODY_BYTES = 16 * 1024;

function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** The 413 page, in the language of the path the form was posted to. */
export function requestTooLargePage(path: string): string {
  const locale = path.startsWith("/en") ? "en" : "es";
  const words = (locale === "en" ? en : es).RequestTooLarge;
  const back = locale === "en" ? "/en" : "/es";
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(words.title)}</title></head><body>`,
    `<h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.body)}</p>`,
    `<p><a href="${back}">${escapeHtml(words.back)}</a></p></body></html>`,
  ].join("");
}

/** Answers 413 and returns true when the request declares a body above the limit. */
export function refuseLargeBody(request: IncomingMessage, response: ServerResponse): boolean {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (!(declared > MAX_REQUEST_BODY_BYTES)) return false;
  response.writeHead(413, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": "default-src 'none'",
    "x-content-type-options": "nosniff",
    // The unread body is not worth draining: the connection ends with this answer.
    connection: "close",
  });
  response.end(requestTooLargePage(request.url ?? "/"));
  return true;
}
