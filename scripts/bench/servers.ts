// Starting and stopping what is measured: the site's production artifact and the bare
// action app, each with a given number of processes, both on the bench's database.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RunningServer {
  origin: string;
  /** Its first process, parent of the others. */
  pid: number;
  stop: () => Promise<void>;
}

const BARE_ACTION_DIR = path.join("bench", "bare-action");
const BARE_ACTION_BUILD_DIR = path.join(tmpdir(), "petition-bench-bare-action");

function serverEnv(processes: number | undefined, settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings, NEXT_TELEMETRY_DISABLED: "1" };
  // Unset means the server's default (one process per core), whatever the bench was run with.
  if (processes === undefined) delete env.WEB_CONCURRENCY;
  else env.WEB_CONCURRENCY = String(processes);
  return env;
}

async function waitUntilAnswering(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`${what} exited with code ${child.exitCode} before answering`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url} within 2 minutes`);
}

/** Stops the server and everything it started: SIGTERM, then its whole process group is killed. */
function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const killLater = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 15_000);
    await exited;
    clearTimeout(killLater);
  };
}

/** The production artifact (`npm run build`, or a copy of another build's), as `npm start` runs it. */
export async function startSite(
  port: number,
  databaseUrl: string,
  processes: number | undefined,
  artifactDir = path.join(".next", "standalone"),
): Promise<RunningServer> {
  const entry = path.join(artifactDir, "server.js");
  if (!existsSync(entry))
    throw new Error(`No ${entry}: run \`SITE_URL=http://localhost:${port} npm run build\` first.`);
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, [entry, "--port", String(port)], {
    env: serverEnv(processes, {
      DATABASE_URL: databaseUrl,
      SITE_URL: origin,
      EMAIL_DELIVERY: "local-outbox",
      // One load generator is one network: lift the per-network limit for the measurement.
      SIGNATURES_PER_NETWORK_PER_HOUR: "100000000",
    }),
    stdio: "ignore",
    detached: true,
  });
  await waitUntilAnswering(`${origin}/api/health`, child, "The site");
  return { origin, pid: child.pid!, stop: stopper(child) };
}

/**
 * Builds the bare action app in a folder of its own, outside the repository, with the
 * repository's node_modules hard-linked in (no install; a symlink breaks Turbopack). Inside
 * the repository Turbopack takes the repository as its root and builds the site's
 * instrumentation.ts into the bare app. Rebuilt only when its sources change.
 */
export async function buildBareAction(): Promise<void> {
  const sources = readdirSync(BARE_ACTION_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => !file.startsWith(".next") && statSync(path.join(BARE_ACTION_DIR, file)).isFile())
    .sort();
  // The dependencies it is built with count as sources too.
  const hash = createHash("sha256").update(readFileSync("package-lock.json"));
  for (const file of sources) hash.update(file).update(readFileSync(path.join(BARE_ACTION_DIR, file)));
  const stamp = path.join(BARE_ACTION_BUILD_DIR, ".sources-hash");
  const digest = hash.digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest) return;

  console.log(`Building the bare action app in ${BARE_ACTION_BUILD_DIR}...`);
  rmSync(BARE_ACTION_BUILD_DIR, { recursive: true, force: true });
  cpSync(BARE_ACTION_DIR, BARE_ACTION_BUILD_DIR, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}.next`),
  });
  // Next refuses TSX under "type": "commonjs", npm's default for a package without one.
  writeFileSync(path.join(BARE_ACTION_BUILD_DIR, "package.json"), '{ "private": true, "type": "module" }\n');
  await run("cp", ["-al", path.resolve("node_modules"), path.join(BARE_ACTION_BUILD_DIR, "node_modules")]);
  await run(
    path.join(BARE_ACTION_BUILD_DIR, "node_modules", ".bin", "next"),
    ["build"],
    BARE_ACTION_BUILD_DIR,
  );
  writeFileSync(stamp, digest);
}

async function run(command: string, args: string[], cwd?: string): Promise<void> {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${code})`);
}

export async function startBareAction(
  port: number,
  databaseUrl: string,
  processes: number | undefined,
): Promise<RunningServer> {
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join(BARE_ACTION_BUILD_DIR, "server.mjs")], {
    env: serverEnv(processes, { NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port) }),
    stdio: "ignore",
    detached: true,
  });
  await waitUntilAnswering(`${origin}/`, child, "The bare action app");
  return { origin, pid: child.pid!, stop: stopper(child) };
}
