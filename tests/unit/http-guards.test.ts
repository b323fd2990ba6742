import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  BUSY_RETRY_AFTER_SECONDS,
  MAX_NEWS_EDITOR_BODY_BYTES,
  MAX_REQUEST_BODY_BYTES,
  maxBodyBytes,
  refuseBusy,
  refuseUnreadableRequest,
} from "@/lib/http-guards";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { NEWS_BODY_MAX_LENGTH } from "@/lib/news/body";

describe("maxBodyBytes", () => {
  it("allows long posts on the news editor only, in both languages and with its query", () => {
    for (const url of ["/es/organizadores/novedades", "/en/organizers/news?update=1&done=saved"]) {
      expect(maxBodyBytes(url)).toBe(MAX_NEWS_EDITOR_BODY_BYTES);
    }
    for (const url of [
      "/es/firmar",
      "/es/organizadores/ajustes",
      "/es/organizadores/novedades/../../firmar",
      "/es/organizadores/novedadesx",
      undefined,
    ]) {
      expect(maxBodyBytes(url)).toBe(MAX_REQUEST_BODY_BYTES);
    }
  });

  it("leaves room for both texts at their longest, twice, in two-byte letters", () => {
    expect(MAX_NEWS_EDITOR_BODY_BYTES).toBeGreaterThan(NEWS_BODY_MAX_LENGTH * 2 * 2 * 2 + 16 * 1024);
  });
});

describe("refuseBusy", () => {
  it("answers 503 with Retry-After and says, in the page's language, that nothing was recorded", async () => {
    const server = createServer((request, response) => refuseBusy(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const [path, words] of [
        ["/es/firmar", es.ServerBusy],
        ["/en/sign", en.ServerBusy],
      ] as const) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", body: "x" });
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe(String(BUSY_RETRY_AFTER_SECONDS));
        expect(response.headers.get("cache-control")).toBe("no-store");
        const page = await response.text();
        expect(page).toContain(words.title);
        expect(page).toContain(words.body);
      }
    } finally {
      server.close();
    }
  });
});

/** Sends one raw request line (as a hostile client may) and returns the raw answer. */
function rawRequest(port: number, requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () =>
      socket.end(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString("utf8")));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("refuseUnreadableRequest", () => {
  it("answers a broken percent-escape or a request line that is not a path with 400, and TRACE with 405, in the path's language", async () => {
    const server = createServer((request, response) => {
      if (refuseUnreadableRequest(request, response)) return;
      response.end("served");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const [line, status, words] of [
        ["GET /es/% HTTP/1.1", 400, es.BadAddress],
        ["GET /en/sign/%E0%A4%A HTTP/1.1", 400, en.BadAddress],
        ["GET /es/confirmar/%ZZ?x=1 HTTP/1.1", 400, es.BadAddress],
        ["GET * HTTP/1.1", 400, es.BadAddress],
        ["GET http://elsewhere.example/es HTTP/1.1", 400, es.BadAddress],
        ["TRACE /en HTTP/1.1", 405, en.MethodNotAllowed],
        ["TRACE /es/firmar HTTP/1.1", 405, es.MethodNotAllowed],
      ] as const) {
        const answer = await rawRequest(port, line);
        expect(answer.split("\r\n", 1)[0], line).toBe(
          `HTTP/1.1 ${status} ${status === 400 ? "Bad Request" : "Method Not Allowed"}`,
        );
        expect(answer, line).toContain(words.title);
        if (status === 405) expect(answer.toLowerCase()).toContain("allow: get, head, post");
      }
      // Escapes that decode, and a broken one in the query (the page reads it as text), are served.
      for (const line of [
        "GET /es/firmantes/%32 HTTP/1.1",
        "GET /es?ref=%E0%A4%A HTTP/1.1",
        "POST /es/firmar HTTP/1.1",
      ]) {
        expect(await rawRequest(port, line), line).toMatch(/^HTTP\/1\.1 200 OK[\s\S]*served$/);
      }
    } finally {
      server.close();
    }
  });
});
