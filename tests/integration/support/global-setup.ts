// Gives the integration tests a real, freshly migrated PostgreSQL database.
// With DATABASE_URL set, a new database is created on that server (and dropped after);
// otherwise an embedded PostgreSQL is started in a temporary folder.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../../lib/db/embedded-postgres";
import { migrate } from "../../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `petition_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export default async function setup(project: TestProject) {
  const cleanups: (() => Promise<void>)[] = [];
  let serverUrl = process.env.DATABASE_URL;

  if (!serverUrl) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "petition-pg-"));
    // PostgreSQL runs as its own OS user when we are root; it must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data") });
    serverUrl = embedded.url;
    cleanups.push(async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
  }

  const database = await createDatabase(serverUrl);
  cleanups.unshift(database.drop);
  await migrate(database.url);
  project.provide("databaseUrl", database.url);

  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}
