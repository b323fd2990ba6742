// The petition form's posts skip the proxy (proxy.ts) and reach the page through a rewrite
// (next.config.ts). Both are written as literals or derived from routing; these checks make
// sure they agree with routing's "/sign" and leave every other request to the proxy.
import {
  getRewrittenUrl,
  unstable_doesMiddlewareMatch,
  unstable_getResponseFromNextConfig,
} from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { config as proxyConfig } from "@/proxy";
import { routing } from "@/i18n/routing";

const FORM = { "content-type": "multipart/form-data; boundary=----form" };
const signPaths = routing.locales.map((locale) => ({
  locale,
  path: `/${locale}${routing.pathnames["/sign"][locale]}`,
}));

const proxyRuns = (url: string, headers = {}) =>
  unstable_doesMiddlewareMatch({ config: proxyConfig, url, headers });

describe("the petition form's posts", () => {
  it.each(signPaths)("skip the proxy at $path, and only there", ({ path }) => {
    expect(proxyRuns(path, FORM)).toBe(false);
    expect(proxyRuns(`${path}?ref=radio`, FORM)).toBe(false);
    // Reading the page, and forms posted anywhere else, still go through it.
    expect(proxyRuns(path)).toBe(true);
    expect(proxyRuns(`${path}/gracias`, FORM)).toBe(true);
    expect(proxyRuns(`${path}x`, FORM)).toBe(true);
  });

  it("leave every other form to the proxy", () => {
    for (const path of ["/es/organizadores/ajustes", "/en/organizers/news", "/es/confirmar/abc", "/"])
      expect(proxyRuns(path, FORM)).toBe(true);
    expect(proxyRuns("/api/stats", FORM)).toBe(false);
  });

  it.each(signPaths)(
    "reach the page at $path through the configuration's rewrite",
    async ({ locale, path }) => {
      const posted = await unstable_getResponseFromNextConfig({
        url: `https://example.org${path}`,
        nextConfig,
        headers: FORM,
      });
      const rewritten = getRewrittenUrl(posted);
      // A path that is already the page's own needs no rewrite.
      if (path === `/${locale}/sign`) expect(rewritten).toBeNull();
      else expect(rewritten).toBe(`https://example.org/${locale}/sign`);

      const read = await unstable_getResponseFromNextConfig({
        url: `https://example.org${path}`,
        nextConfig,
      });
      expect(getRewrittenUrl(read)).toBeNull();
    },
  );
});
