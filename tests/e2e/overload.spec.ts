// 512 connections post the petition form at once to the production artifact (the overload
// drill in scripts/fault-drill.ts, also run by hand). Each process here takes 2 requests at a
// time and lets the next wait 300 ms, so the line overflows for sure on any machine: every post
// must still be answered, taken (303, stored) or refused with "busy, try again" (503), none lost.
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { failedChecks, runDrill } from "../../scripts/fault-drill";

test("under 512 connections at once every post is answered, taken or refused as busy, and none acknowledged is lost", async () => {
  test.setTimeout(180_000);
  const report = await runDrill({
    fault: "overload",
    port: Number(new URL(baseURL).port) + 2,
    artifact: ".next/standalone",
    connections: 512,
    faultAfterMs: 0,
    burstMs: 6000,
    serverSettings: { MAX_REQUESTS_IN_FLIGHT: "2", MAX_REQUEST_WAIT_MS: "300" },
  });
  expect(report.acknowledged).toBeGreaterThan(0);
  expect(report.busy).toBeGreaterThan(0);
  expect(failedChecks(report, "overload"), JSON.stringify(report)).toEqual([]);
});
