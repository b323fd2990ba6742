import type { JobHelpers, Task } from "graphile-worker";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TaskDeadlineError, withDeadline, withDeadlines } from "@/lib/jobs/deadline";

const helpers = {} as JobHelpers;
const never: Task = () => new Promise(() => undefined);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("withDeadline", () => {
  it("fails a task that has not settled in time", async () => {
    const running = withDeadline(never, 60_000)({}, helpers);
    const outcome = expect(running).rejects.toBeInstanceOf(TaskDeadlineError);
    await vi.advanceTimersByTimeAsync(59_999);
    let settled = false;
    void running.catch(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    await expect(running).rejects.toThrow("did not finish within 60 s");
  });

  it("passes on what a task returns, its errors too, and leaves no timer behind", async () => {
    const payloads: unknown[] = [];
    const ok: Task = async (payload) => void payloads.push(payload);
    await expect(withDeadline(ok, 1000)({ signatureId: "a" }, helpers)).resolves.toBeUndefined();
    expect(payloads).toEqual([{ signatureId: "a" }]);

    const refused: Task = async () => {
      throw new Error("provider refused");
    };
    await expect(withDeadline(refused, 1000)({}, helpers)).rejects.toThrow("provider refused");

    // A task that throws before returning a promise fails the same way.
    const throwsAtOnce: Task = () => {
      throw new Error("bad payload");
    };
    await expect(withDeadline(throwsAtOnce, 1000)({}, helpers)).rejects.toThrow("bad payload");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("bounds every task of a list", async () => {
    const list = withDeadlines({ first: never, second: async () => undefined }, 500);
    expect(Object.keys(list)).toEqual(["first", "second"]);
    const first = list.first!({}, helpers);
    const outcome = expect(first).rejects.toBeInstanceOf(TaskDeadlineError);
    await vi.advanceTimersByTimeAsync(500);
    await outcome;
    await expect(list.second!({}, helpers)).resolves.toBeUndefined();
  });
});
