import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Outside Next's react-server build the marker package throws on import.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    server: {
      deps: {
        // next-intl's navigation imports "next/navigation" without an extension, which Node's
        // own ESM loader refuses; processed by Vite, it resolves (components with <Link>).
        inline: ["next-intl"],
      },
    },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/support/global-setup.ts"],
          setupFiles: ["tests/integration/support/setup-env.ts"],
          // Files share one database; running them one after another keeps counts predictable.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
