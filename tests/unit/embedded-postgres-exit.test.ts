import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

it("loading embedded PostgreSQL leaves the process's exit code alone", () => {
  // A failing test run sets process.exitCode and lets the process end on its own.
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "--eval",
      'await import("./lib/db/embedded-postgres.ts"); process.exitCode = 3;',
    ],
    { cwd: process.cwd(), encoding: "utf8" },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(3);
});
