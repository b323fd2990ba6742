import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAdmission } from "@/lib/server/admission";

/** A request as the server sees it: started (with its release), refused, or still waiting. */
function request(admission: ReturnType<typeof createAdmission>) {
  const abandon = new AbortController();
  const seen = { started: false, refused: false, release: () => {} };
  admission.admit(
    (release) => {
      seen.started = true;
      seen.release = release;
    },
    () => {
      seen.refused = true;
    },
    abandon.signal,
  );
  return { seen, abandon: () => abandon.abort() };
}

describe("admission", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts requests at once while slots are free, then lines them up in order", () => {
    const admission = createAdmission({ maxInFlight: 2, maxQueued: 10, maxWaitMs: 1000 });
    const [a, b, c, d] = [request(admission), request(admission), request(admission), request(admission)];
    expect([a, b, c, d].map((r) => r.seen.started)).toEqual([true, true, false, false]);
    expect(admission.queued).toBe(2);

    a.seen.release();
    expect(c.seen.started).toBe(true);
    expect(d.seen.started).toBe(false);
    b.seen.release();
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

  it("counts a release once, however often it is called", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 1000 });
    const first = request(admission);
    const second = request(admission);
    const third = request(admission);
    first.seen.release();
    first.seen.release();
    expect(second.seen.started).toBe(true);
    expect(third.seen.started).toBe(false);
    expect(admission.inFlight).toBe(1);
  });

  it("forgets a request whose client left while it waited", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 1000 });
    const first = request(admission);
    const gone = request(admission);
    const next = request(admission);
    gone.abandon();
    expect(admission.queued).toBe(1);

    first.seen.release();
    expect(gone.seen.started).toBe(false);
    expect(next.seen.started).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(gone.seen.refused).toBe(false);
  });
});
