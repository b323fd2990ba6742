import { describe, expect, it } from "vitest";
import { MAX_NEWS_EDITOR_BODY_BYTES, MAX_REQUEST_BODY_BYTES, maxBodyBytes } from "@/lib/http-guards";
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
