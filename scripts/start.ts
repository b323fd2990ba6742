// The production artifact's entry point, compiled by scripts/build-artifact.ts into
// .next/standalone/server.js (the folder `npm run build` makes):
//
//   node server.js [--port 3000] [--hostname 0.0.0.0]
//
// It starts the embedded PostgreSQL when DATABASE_URL is unset, applies the migrations
// copied beside it, then runs the HTTP server (serve.js, compiled from scripts/serve.ts)
// with plain node. Relative paths (.data/, LOG_FILE, EMBEDDED_POSTGRES_DIR) are read from
// the working directory, not from the artifact, so replacing the artifact keeps the data.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runWithDatabase } from "./run-with-database";

const artifactDir = path.dirname(fileURLToPath(import.meta.url));

await runWithDatabase([process.execPath, path.join(artifactDir, "serve.js"), ...process.argv.slice(2)], {
  migrationsDir: path.join(artifactDir, "prisma", "migrations"),
});
