// Serves the built app (`next build bench/bare-action` first) the way the site's server
// does: WEB_CONCURRENCY processes (default: one per core) sharing one port through
// node:cluster, each a plain Next request handler with nothing in front of it.
//
//   DATABASE_URL=postgresql://... PORT=3602 [WEB_CONCURRENCY=1] node bench/bare-action/server.mjs
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const processes = Number(process.env.WEB_CONCURRENCY) || availableParallelism();

if (cluster.isPrimary && processes > 1) {
  for (let i = 0; i < processes; i += 1) cluster.fork();
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      process.exit(0);
    });
  }
} else {
  const app = next({ dev: false, dir: import.meta.dirname, hostname: "localhost", port });
  await app.prepare();
  createServer(app.getRequestHandler()).listen(port, () => {
    console.log(`bare action app on http://localhost:${port} (pid ${process.pid})`);
  });
}
