// A one-second memory of the public pages each server process just sent, answered before Next.
//
// During a surge most requests are the same few prerendered pages (the home page, the
// petition). Next serves them from its cache, but each request still goes through the
// proxy, the router, the cache lookup and gzip: several times the cost of sending the
// bytes. So each process keeps the last answer for a page up to one second and sends it
// again as it is, the way a CDN in front would.
//
// Only what Next itself marks as shared-cacheable is kept: a 200 whose Cache-Control has
// `s-maxage` (prerendered pages and public routes; anything rendered per person is `private,
// no-store` and never kept), requested without Next's client-navigation headers (the
// responses vary on them), with no cookie set other than the language of the page itself
// (so a ?ref= link, which sets its referral cookie, always reaches Next). A change (a new
// count, a setting) therefore reaches readers at most one second later than it would
// without this memory.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/** How long an answer is sent again, at most (less if its s-maxage is shorter). */
export const MICRO_CACHE_MS = 1000;
const MAX_ENTRIES = 64;
const MAX_BODY_BYTES = 512 * 1024;
// Headers Next's answers vary on (its Vary header), sent by its client router only.
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

interface Kept {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  until: number;
}

/** "gzip" or "identity": the two encodings a kept answer is sent in (Next compresses with gzip). */
function encodingOf(request: IncomingMessage): "gzip" | "identity" | null {
  const accepted = request.headers["accept-encoding"];
  if (accepted === undefined || accepted.trim() === "") return "identity";
  // Anything less plain (q-values, only deflate) is left to Next's own negotiation.
  const names = accepted.split(",").map((name) => name.trim().toLowerCase());
  if (names.includes("gzip")) return "gzip";
  return names.every((name) => name === "identity") ? "identity" : null;
}

function keyOf(request: IncomingMessage): string | null {
  if (request.method !== "GET" || !request.url) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const encoding = encodingOf(request);
  return encoding && `${encoding} ${request.url}`;
}

function sharedMaxAgeMs(cacheControl: unknown): number | null {
  if (typeof cacheControl !== "string" || /\b(private|no-store)\b/i.test(cacheControl)) return null;
  const match = /\bs-maxage=(\d+)/i.exec(cacheControl);
  return match ? Number(match[1]) * 1000 : null;
}

/** Only the cookie naming the page's own language, which Next would set again anyway. */
function setsOnlyLanguage(setCookie: unknown, url: string): boolean {
  if (setCookie === undefined) return true;
  const cookies = Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  const language = /^\/(es|en)(\/|$|\?)/.exec(url)?.[1];
  return cookies.every(
    (cookie) => language !== undefined && String(cookie).startsWith(`NEXT_LOCALE=${language};`),
  );
}

function lowerCased(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

export function createPageMicroCache({ now = Date.now } = {}) {
  const kept = new Map<string, Kept>();

  return {
    /** Sends the kept answer and returns true, or returns false to let Next answer. */
    answer(request: IncomingMessage, response: ServerResponse): boolean {
      const key = keyOf(request);
      const entry = key ? kept.get(key) : undefined;
      if (!entry) return false;
      if (entry.until <= now()) {
        kept.delete(key!);
        return false;
      }
      response.writeHead(entry.status, { ...entry.headers, date: new Date(now()).toUTCString() });
      response.end(entry.body);
      return true;
    },

    /** Watches Next's answer to `request` and keeps it if it may be sent again. */
    watch(request: IncomingMessage, response: ServerResponse): void {
      const key = keyOf(request);
      if (!key) return;
      const chunks: Buffer[] = [];
      let size = 0;
      let headersGiven: OutgoingHttpHeaders = {};
      const collect = (chunk: unknown, encoding?: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY_BYTES)
          return;
        const buffer = Buffer.isBuffer(chunk)
          ? chunk
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
            : Buffer.from(
                String(chunk),
                typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
              );
        size += buffer.length;
        chunks.push(Buffer.from(buffer));
      };
      const { write, end, writeHead } = response;
      response.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
        const headers = args.find((arg, index) => index > 0 && typeof arg === "object" && arg !== null);
        if (headers && !Array.isArray(headers)) headersGiven = headers as OutgoingHttpHeaders;
        return writeHead.apply(this, args);
      } as typeof writeHead;
      response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        collect(chunk, rest[0]);
        return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as typeof write;
      response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        collect(chunk, rest[0]);
        return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      } as typeof end;

      response.once("finish", () => {
        if (response.statusCode !== 200 || size > MAX_BODY_BYTES) return;
        const headers = lowerCased({ ...response.getHeaders(), ...headersGiven });
        const maxAge = sharedMaxAgeMs(headers["cache-control"]);
        if (maxAge === null || maxAge <= 0) return;
        if (!setsOnlyLanguage(headers["set-cookie"], request.url!)) return;
        const encoding = key.startsWith("gzip ") ? "gzip" : undefined;
        if (headers["content-encoding"] !== encoding) return;
        delete headers.date;
        delete headers["transfer-encoding"];
        delete headers.connection;
        delete headers["keep-alive"];
        const body = Buffer.concat(chunks);
        headers["content-length"] = String(body.length);
        kept.delete(key);
        kept.set(key, { status: 200, headers, body, until: now() + Math.min(maxAge, MICRO_CACHE_MS) });
        // The oldest kept answers go first.
        while (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
      });
    },
  };
}
