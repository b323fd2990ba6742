// `npm run dev` is `tsx scripts/with-database.ts tsx scripts/serve.ts --dev`: the wrapper starts
// PostgreSQL, runs the command, and on a stop signal passes it on and stops PostgreSQL once
// the command has exited. Run here as npm runs it, under tsx, with a throw-away cluster.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { findFreePort } from "@/lib/db/embedded-postgres";

const root = mkdtempSync(path.join(os.tmpdir(), "petition-with-database-"));
// PostgreSQL runs as its own OS user when we are root; it must be able to enter the folder.
chmodSync(root, 0o755);
const dataDir = path.join(root, "postgres");

afterAll(() => {
  // A failed run may leave its PostgreSQL behind: stopped here, not left to the machine.
  if (postgresRunning()) {
    const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGINT");
  }
  rmSync(root, { recursive: true, force: true });
});

/** Whether a PostgreSQL serving `dataDir` is still running (its postmaster.pid names it). */
function postgresRunning(): boolean {
  return existsSync(path.join(dataDir, "postmaster.pid"));
}

it(
  "stops PostgreSQL and removes a throw-away cluster after passing SIGTERM on",
  { timeout: 90_000 },
  async () => {
    const wrapper = spawn(
      process.execPath,
      [
        path.resolve("node_modules/tsx/dist/cli.mjs"),
        "scripts/with-database.ts",
        process.execPath,
        "-e",
        // The command: says it runs, and stops by itself on SIGTERM after a moment's work.
        "console.log('command running'); process.on('SIGTERM', () => setTimeout(() => process.exit(0), 300)); setInterval(() => {}, 1000);",
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: "",
          EMBEDDED_POSTGRES_DIR: dataDir,
          EMBEDDED_POSTGRES_PORT: String(await findFreePort()),
          EMBEDDED_POSTGRES_EPHEMERAL: "1",
          APP_SECRET: "a".repeat(64),
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    wrapper.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    wrapper.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => wrapper.once("exit", (code) => resolve(code)));

    await expect.poll(() => output, { timeout: 60_000, interval: 100 }).toContain("command running");
    expect(postgresRunning()).toBe(true);

    wrapper.kill("SIGTERM");
    const code = await exited;

    expect({ code, postgresRunning: postgresRunning(), dataLeft: existsSync(dataDir) }, output).toEqual({
      code: 0,
      postgresRunning: false,
      dataLeft: false,
    });
  },
);
