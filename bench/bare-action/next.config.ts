import type { NextConfig } from "next";

// Nothing but what a fresh app has: the point is what Next alone costs. The bench builds it
// in a folder of its own (scripts/bench/servers.ts explains why).
const nextConfig: NextConfig = {
  serverExternalPackages: ["pg"],
};

export default nextConfig;
