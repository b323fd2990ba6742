import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  BUSY_RETRY_AFTER_SECONDS,
  MAX_NEWS_EDITOR_BODY_BYTES,
  MAX_REQUEST_BODY_BYTES,
  maxBodyBytes,
  refuseBusy,
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
