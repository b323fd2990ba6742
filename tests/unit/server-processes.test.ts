import { describe, expect, it } from "vitest";
import {
  databasePoolSizePerProcess,
  REQUEST_CONNECTIONS_IN_TOTAL,
  serverProcessCount,
} from "@/lib/server/processes";

describe("server processes", () => {
  it("runs one process per core unless WEB_CONCURRENCY says otherwise", () => {
    expect(serverProcessCount(undefined, 2)).toBe(2);
    expect(serverProcessCount(undefined, 8)).toBe(8);
    expect(serverProcessCount(1, 8)).toBe(1);
    expect(serverProcessCount(3, 2)).toBe(3);
  });

  it("shares the request connections between the processes, keeping each pool usable", () => {
    for (const processes of [1, 2, 3, 4, 8, 16]) {
      const each = databasePoolSizePerProcess(processes, undefined);
      expect(each).toBeGreaterThanOrEqual(2);
      // Rounded up, so at most one connection per process above the total.
      expect(each * processes).toBeLessThan(
        Math.max(REQUEST_CONNECTIONS_IN_TOTAL + processes, 2 * processes + 1),
      );
    }
    expect(databasePoolSizePerProcess(1, undefined)).toBe(4);
    expect(databasePoolSizePerProcess(2, undefined)).toBe(2);
    expect(databasePoolSizePerProcess(4, 7)).toBe(7);
  });
});
