import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import {
  embeddedPasswordFile,
  readEmbeddedPassword,
  removeEmbeddedData,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "@/lib/db/embedded-postgres";

const root = mkdtempSync(path.join(os.tmpdir(), "petition-pg-password-"));
// PostgreSQL runs as its own OS user when we are root; it must be able to enter the folder.
chmodSync(root, 0o755);
const dataDir = path.join(root, "data");
let running: EmbeddedDatabase | undefined;

afterAll(async () => {
  await running?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Runs one query as `password`; the error code when the server refuses it. */
async function queryWith(url: string, password: string, sql = "SELECT 1"): Promise<string> {
  const target = new URL(url);
  target.password = password;
  const client = new pg.Client({ connectionString: target.toString() });
  try {
    await client.connect();
    await client.query(sql);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const modeOf = (file: string) => statSync(file).mode & 0o777;

it("keeps a random password beside a new cluster for its owner only, and replaces an old cluster's fixed one", async () => {
  running = await startEmbeddedPostgres({ dataDir });
  const file = embeddedPasswordFile(dataDir);
  const first = readEmbeddedPassword(dataDir);
  expect(file).toBe(`${dataDir}.password`);
  expect(first).toMatch(/^[0-9a-f]{64}$/);
  expect(modeOf(file)).toBe(0o600);
  expect(decodeURIComponent(new URL(running.url).password)).toBe(first);
  expect(await queryWith(running.url, first, "CREATE TABLE kept (id int)")).toBe("ok");
  expect(await queryWith(running.url, "postgres")).toBe("28P01");

  // What a cluster made before this change looks like: the fixed password and no file.
  expect(await queryWith(running.url, first, "ALTER ROLE postgres PASSWORD 'postgres'")).toBe("ok");
  await running.stop();
  running = undefined;
  rmSync(file);

  running = await startEmbeddedPostgres({ dataDir });
  const upgraded = readEmbeddedPassword(dataDir);
  expect(upgraded).toMatch(/^[0-9a-f]{64}$/);
  expect(upgraded).not.toBe(first);
  expect(modeOf(file)).toBe(0o600);
  expect(await queryWith(running.url, upgraded, "SELECT count(*) FROM kept")).toBe("ok");
  expect(await queryWith(running.url, "postgres")).toBe("28P01");

  await running.stop();
  running = undefined;
  removeEmbeddedData(dataDir);
  expect(existsSync(dataDir) || existsSync(file)).toBe(false);
});

it("says why when its port is taken, instead of rejecting with nothing", async () => {
  running = await startEmbeddedPostgres({ dataDir });
  const port = Number(new URL(running.url).port);
  const second = path.join(root, "second");
  const refusal: unknown = await startEmbeddedPostgres({ dataDir: second, port }).then(
    () => "started",
    (reason: unknown) => reason,
  );
  expect(refusal).toBeInstanceOf(Error);
  expect((refusal as Error).message).toBe(
    `PostgreSQL exited at start-up: is another server using port ${port} or ${second}?`,
  );
  await running.stop();
  running = undefined;
});
