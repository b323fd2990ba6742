import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAdmission } from "@/lib/server/admission";

/** A request as the server sees it: started, refused, or still waiting; ended when it is over. */
function request(admission: ReturnType<typeof createAdmission>) {
  const seen = { started: false, refused: false };
  const ticket = admission.admit(
    () => {
      seen.started = true;
    },
    () => {
      seen.refused = true;
    },
  );
  return { seen, end: () => ticket.end() };
}

describe("admission", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts requests at once while slots are free, then lines them up in order", () => {
    const admission = createAdmission({ maxInFlight: 2, maxQueued: 10, maxWaitMs: 1000 });
    const [a, b, c, d] = [request(admission), request(admission), request(admission), request(admission)];
    expect([a, b, c, d].map((r) => r.seen.started)).toEqual([true, true, false, false]);
    expect(admission.queued).toBe(2);

    a.end();
    expect(c.seen.started).toBe(true);
    expect(d.seen.started).toBe(false);
    b.end();
    expect(d.seen.started).toBe(true);
    expect(admission.inFlight).toBe(2);
    expect(admission.queued).toBe(0);
  });

  it("refuses a request that waited too long, and one that finds the line full", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 1, maxWaitMs: 1000 });
    request(admission);
    const waiting = request(admission);
    const overflow = request(admission);
    expect(overflow.seen.refused).toBe(true);
    expect(waiting.seen.refused).toBe(false);

    vi.advanceTimersByTime(999);
    expect(waiting.seen.refused).toBe(false);
    vi.advanceTimersByTime(1);
    expect(waiting.seen.refused).toBe(true);
    expect(waiting.seen.started).toBe(false);
    expect(admission.queued).toBe(0);
  });

  it("counts an end once, however often it is called", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 1000 });
    const first = request(admission);
    const second = request(admission);
    const third = request(admission);
    first.end();
    first.end();
    expect(second.seen.started).toBe(true);
    expect(third.seen.started).toBe(false);
    expect(admission.inFlight).toBe(1);
  });

  it("forgets a request whose client left while it waited", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 1000 });
    const first = request(admission);
    const gone = request(admission);
    const next = request(admission);
    gone.end();
    expect(admission.queued).toBe(1);

    first.end();
    expect(gone.seen.started).toBe(false);
    expect(next.seen.started).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(gone.seen.refused).toBe(false);
  });

  it("frees nothing for a request that was refused, even when its answer closes later", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 0, maxWaitMs: 1000 });
    const running = request(admission);
    const refused = request(admission);
    expect(refused.seen.refused).toBe(true);
    refused.end();
    expect(admission.inFlight).toBe(1);
    const another = request(admission);
    expect(another.seen.refused).toBe(true);

    running.end();
    expect(admission.inFlight).toBe(0);
    expect(request(admission).seen.started).toBe(true);
  });

  it("refuses a request that timed out in line once, and its later end changes nothing", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 1000 });
    const running = request(admission);
    const late = request(admission);
    vi.advanceTimersByTime(1000);
    expect(late.seen.refused).toBe(true);
    late.end();
    expect(admission.inFlight).toBe(1);
    running.end();
    expect(late.seen.started).toBe(false);
    expect(admission.inFlight).toBe(0);
  });
});
