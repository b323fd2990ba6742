import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// A folder with the script and no node_modules anywhere above it: what `postinstall` sees in an
// install without the Prisma CLI.
const folder = mkdtempSync(path.join(tmpdir(), "generate-prisma-client-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the postinstall step (scripts/generate-prisma-client.mjs)", () => {
  it("skips generation with one line, and does not fail the install, when the Prisma CLI is not installed", () => {
    mkdirSync(path.join(folder, "scripts"));
    copyFileSync(
      "scripts/generate-prisma-client.mjs",
      path.join(folder, "scripts", "generate-prisma-client.mjs"),
    );
    const result = spawnSync(process.execPath, ["scripts/generate-prisma-client.mjs"], {
      cwd: folder,
      encoding: "utf8",
      env: { PATH: process.env.PATH, NODE_ENV: "test" },
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([expect.stringMatching(/Prisma CLI not installed/)]);
  });
});
