// The HTTP server: Next.js behind a thin layer that does what only the socket can do.
//
//   tsx scripts/serve.ts [--dev] [--port 3000] [--hostname 127.0.0.1]
//   node .next/standalone/serve.js [--port 3000]    (the production artifact, see scripts/start.ts)
//
// - Every request's client address is decided here, once, from the socket (and the
//   trusted proxies, if configured), and handed to the app in a header the client cannot
//   set; see lib/security/client-address.ts.
// - A body larger than any form of ours is refused before anyone reads it, and a form
//   posted from another site is refused (lib/http-guards.ts).
// - Slow clients cannot hold a connection open for long.
// - SIGTERM/SIGINT stop taking connections, let requests in flight and email jobs finish,
//   then exit.
//
// Development listens on 127.0.0.1 only: its mailbox shows live sign-in and withdrawal links.
import cluster from "node:cluster";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
// Next and lib/env.ts read NODE_ENV, so it is settled before either is loaded.
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
const port = Number(values.port ?? process.env.PORT ?? 3000);
// In development the links the site writes (in emails, in the development mailbox) lead back
// to this server, on whatever port it runs; production's address is set at build time.
if (dev && !process.env.SITE_URL) process.env.SITE_URL = `http://localhost:${port}`;

// Production serves the configuration serialized into the build, as the server.js Next
// writes for `output: "standalone"` does: the artifact holds no next.config.ts and nothing to
// compile it with. Compiled into that artifact (scripts/build-artifact.ts), this file sits
// beside the build and runs from its folder; run with tsx, it serves the checkout's build.
const ownDir = path.dirname(fileURLToPath(import.meta.url));
const inArtifact = !dev && existsSync(path.join(ownDir, ".next", "required-server-files.json"));
if (inArtifact) process.chdir(ownDir);
const buildManifest = path.join(process.cwd(), ".next", "required-server-files.json");
if (!dev && existsSync(buildManifest)) {
  const { config } = JSON.parse(readFileSync(buildManifest, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const { parseServerEnv } = await import("../lib/env");
const { databasePoolSizePerProcess, serverProcessCount, superviseServerProcesses } =
  await import("../lib/server/processes");

let env: ReturnType<typeof parseServerEnv>;
try {
  env = parseServerEnv();
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exit(1);
}

// In production one process per core (WEB_CONCURRENCY) shares the port: this first one only
// supervises them (lib/server/processes.ts) and never loads Next. Development is one process.
const processCount = dev ? 1 : serverProcessCount(env.WEB_CONCURRENCY);
if (processCount > 1 && cluster.isPrimary) {
  const databasePoolSize = databasePoolSizePerProcess(processCount, env.DATABASE_POOL_SIZE);
  superviseServerProcesses(processCount, (index) => ({ runsEmailWorker: index === 0, databasePoolSize }));
} else {
  await serveRequests();
}

/** This process's share of the work: Next behind the socket-level guards. */
async function serveRequests() {
  const { default: next } = await import("next");
  const { CLIENT_ADDRESS_HEADER, markClientAddressHeaderTrusted, resolveClientAddress } =
    await import("../lib/security/client-address");
  const {
    MAX_REQUEST_BODY_BYTES,
    refuseBusy,
    refuseForeignOrigin,
    refuseLargeBody,
    refuseSlowBody,
    refuseUnreadableRequest,
  } = await import("../lib/http-guards");
  const { awaitBody, declaresBody } = await import("../lib/server/body-arrival");
  const { createAdmission, MAX_WAITING_REQUESTS } = await import("../lib/server/admission");
  const { createPageMicroCache } = await import("../lib/server/page-micro-cache");
  const { stopBackgroundWork } = await import("../lib/jobs/shutdown");

  const hostname = values.hostname ?? process.env.HOSTNAME_BIND ?? (dev ? "127.0.0.1" : "0.0.0.0");
  const trust = { hops: env.TRUSTED_PROXY_HOPS, networks: env.TRUSTED_PROXIES };
  const behindProxy = trust.hops > 0 || trust.networks !== null;

  /** The hosts a same-site form is posted to: the public address, and the one it was sent to. */
  function ownHosts(request: import("node:http").IncomingMessage): string[] {
    const hosts = [new URL(env.SITE_URL).host];
    if (request.headers.host) hosts.push(request.headers.host);
    // Behind a proxy the Host may be rewritten; the proxy says which host the browser used.
    const forwardedHost = request.headers["x-forwarded-host"];
    if (behindProxy && typeof forwardedHost === "string") hosts.push(forwardedHost.split(",")[0]!.trim());
    return hosts;
  }

  markClientAddressHeaderTrusted();
  const app = next({
    dev,
    dir: inArtifact ? ownDir : undefined,
    // The proxy sees every loopback address as "localhost" (Next's NextURL rewrites 127.x.x.x
    // and ::1 so), and Next makes the proxy's rewrites relative only when they name the host it
    // was given here: given "127.0.0.1", each localized path (/es/firmar) redirected to itself.
    hostname: /^(0\.0\.0\.0|::|::1|127(\.\d{1,3}){3})$/.test(hostname) ? "localhost" : hostname,
    port,
  });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Past these, a surge is answered "busy, try again" rather than with answers that all come
  // too late (lib/server/admission.ts). A request that reaches the app is done in well under a
  // second on modest hardware, so one that waited 3 s in line (the default) is already late.
  const admission = createAdmission({
    maxInFlight: env.MAX_REQUESTS_IN_FLIGHT,
    maxQueued: MAX_WAITING_REQUESTS,
    maxWaitMs: env.MAX_REQUEST_WAIT_MS,
  });

  // The public pages just sent, sent again for up to a second without Next (see the module).
  const pageMicroCache = createPageMicroCache();

  /** Files from the build and the health check cost next to nothing: they never wait in line. */
  function bypassesAdmission(url: string | undefined): boolean {
    return url !== undefined && (url.startsWith("/_next/static/") || url === "/api/health");
  }

  const server = createServer((request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      trust,
    );
    if (refuseUnreadableRequest(request, response)) return;
    if (refuseLargeBody(request, response)) return;
    if (refuseForeignOrigin(request, response, ownHosts(request))) return;
    if (bypassesAdmission(request.url)) return void handle(request, response);
    if (pageMicroCache.answer(request, response)) return;
    // A form's body arrives before the request waits for a slot, so a client that trickles
    // it holds no slot (lib/server/body-arrival.ts).
    if (!declaresBody(request)) return admit(request, response);
    void awaitBody(request).then((outcome) => {
      if (outcome === "arrived") admit(request, response);
      else if (outcome === "late") refuseSlowBody(request, response);
    });
  });

  function admit(request: IncomingMessage, response: ServerResponse) {
    const ticket = admission.admit(
      () => {
        pageMicroCache.watch(request, response);
        void handle(request, response);
      },
      () => refuseBusy(request, response),
    );
    // Answered or abandoned by its client: either way its slot or its place in line is free.
    response.once("close", ticket.end);
  }

  // A client that trickles its headers or body holds a socket and a slot; these bound both.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  // A port in use (or not ours to take) is a setting to fix, not a server to keep running idle.
  server.once("error", (error: NodeJS.ErrnoException) => {
    console.error(`\n  Cannot listen on ${hostname}:${port} (${error.code ?? error.message}).\n`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    console.log(
      `Listening on http://${hostname}:${port} (${dev ? "development" : "production"}; bodies up to ${MAX_REQUEST_BODY_BYTES / 1024} KB)`,
    );
  });

  // SIGTERM/SIGINT: stop accepting connections, let requests in flight finish and the email
  // worker finish or release its jobs, then exit 0. What is still running at the deadline is cut
  // off (exit 1), so the whole tree (scripts/run-with-database.ts stops PostgreSQL afterwards)
  // is gone within the 10 s a container runtime waits before it kills.
  const SHUTDOWN_DEADLINE_MS = 7000;
  let stopping = false;

  async function shutDown() {
    setTimeout(() => {
      console.error(
        `Requests or jobs still running ${SHUTDOWN_DEADLINE_MS / 1000} s after the stop were cut off.`,
      );
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    const closed = new Promise((resolve) => server.close(resolve));
    // A kept-alive connection is closed as soon as its request in flight is answered.
    const closeIdle = setInterval(() => server.closeIdleConnections(), 50);
    await Promise.all([closed, stopBackgroundWork()]);
    clearInterval(closeIdle);
    await app.close();
    process.exit(0);
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void shutDown();
    });
  }
}
