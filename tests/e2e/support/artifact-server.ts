// Another server from the production artifact, beside the e2e server and on its database:
// a second instance, or one with settings of its own. It runs `serve.js` directly (the
// database is the e2e server's), logs to a file (if this test process dies first, the server
// must not be left writing into a closed pipe) and is killed with this process.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import config, { e2eDatabaseUrl } from "../../../playwright.config";

/** The e2e server's environment, as playwright.config.ts starts it. */
export function webServerEnv(): Record<string, string> {
  const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  return { ...(webServer?.env ?? {}) };
}

export interface ArtifactServer {
  origin: string;
  /** SIGTERM, then SIGKILL if it has not stopped within 10 s. */
  stop: () => Promise<void>;
}

/**
 * Starts the artifact on `port` with the e2e server's settings (all but its log file and its
 * embedded database) and `settings` on top; resolves once it answers its health check.
 */
export async function startArtifactServer({
  port,
  settings = {},
  logFile,
  timeoutMs = 60_000,
}: {
  port: number;
  settings?: Record<string, string>;
  logFile: string;
  timeoutMs?: number;
}): Promise<ArtifactServer> {
  const shared = Object.fromEntries(
    Object.entries(webServerEnv()).filter(([name]) => name !== "LOG_FILE" && !name.startsWith("EMBEDDED_")),
  );
  const log = openSync(logFile, "w");
  const child: ChildProcess = spawn(process.execPath, [".next/standalone/serve.js", "--port", String(port)], {
    env: { ...process.env, ...shared, DATABASE_URL: e2eDatabaseUrl(), ...settings },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  process.once("exit", () => child.kill("SIGKILL"));

  const origin = `http://localhost:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs)
      throw new Error(
        `the server on ${origin} did not start within ${timeoutMs} ms:\n${readFileSync(logFile, "utf8")}`,
      );
    const healthy = await fetch(`${origin}/api/health`).then(
      (answer) => answer.ok,
      () => false, // Not listening yet.
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    origin,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}
