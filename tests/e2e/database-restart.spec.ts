// PostgreSQL restarted in the middle of a signing burst (scripts/fault-drill.ts does the work
// and is also run by hand): the server recovers by itself, every acknowledged signature is
// stored, and each gets exactly one confirmation email, the jobs the lost connections held
// included. Its own server and embedded PostgreSQL, three ports after the e2e server's.
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { failedChecks, runDrill } from "../../scripts/fault-drill";

test("after PostgreSQL restarts mid-burst every acknowledged signature is stored and gets exactly one confirmation email", async () => {
  test.setTimeout(480_000);
  const report = await runDrill({
    fault: "db-restart",
    port: Number(new URL(baseURL).port) + 3,
    artifact: ".next/standalone",
  });
  expect(report.acknowledged).toBeGreaterThan(0);
  // No time bound here: a send that failed while the database was away waits for its retry's
  // backoff. That the jobs a dead worker held are released within two sweeps (about 30 s) is
  // checked on its own by tests/integration/dead-worker-locks.test.ts.
  expect(failedChecks(report, "db-restart")).toEqual([]);
});
