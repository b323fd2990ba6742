// The production artifact stopped the way a container runtime stops it, in the middle of a
// signing burst (scripts/fault-drill.ts does the work and is also run by hand). It runs its
// own server, on the port after the e2e server's, with its own embedded PostgreSQL.
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { failedChecks, runDrill } from "../../scripts/fault-drill";

test("stops on SIGTERM during a signing burst within 10 s, with every acknowledged signature stored and nothing left running", async () => {
  test.setTimeout(180_000);
  const report = await runDrill({
    fault: "sigterm",
    port: Number(new URL(baseURL).port) + 1,
    artifact: ".next/standalone",
  });
  expect(report.acknowledged).toBeGreaterThan(0);
  expect(failedChecks(report, "sigterm")).toEqual([]);
});
