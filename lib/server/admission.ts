// How many requests one server process works on at once, and what happens to the rest.
//
// Under a surge, taking every request at once makes all of them slow: each one holds memory,
// a database connection wait and a share of one CPU, and past a point every answer comes too
// late for the browser waiting on it. So each process works on at most `maxInFlight`
// requests; the next ones wait in line, first come first served, and a request that cannot
// start within `maxWaitMs` (or finds the line full) is answered at once with "busy, try
// again" instead of hanging. Nothing of a refused request has reached the app: a signature
// refused here was not recorded, and the page says so.

export interface AdmissionLimits {
  /** Requests worked on at once by this process. */
  maxInFlight: number;
  /** Requests allowed to wait for a slot; more are refused at once. */
  maxQueued: number;
  /** How long a request may wait for a slot before it is refused. */
  maxWaitMs: number;
}

export interface Admission {
  /**
   * Runs `start` when a slot is free (at once if one is). `start` must call the returned
   * `release` exactly once, when the request is over (answered or abandoned). `refuse` runs
   * instead when the request cannot start in time. A request abandoned while waiting
   * (`abandoned` aborted) leaves the line without running either.
   */
  admit(start: (release: () => void) => void, refuse: () => void, abandoned: AbortSignal): void;
  /** Requests being worked on, and waiting. */
  readonly inFlight: number;
  readonly queued: number;
}

interface Waiting {
  start: (release: () => void) => void;
  timer: NodeJS.Timeout;
  leave: () => void;
}

export function createAdmission({ maxInFlight, maxQueued, maxWaitMs }: AdmissionLimits): Admission {
  let inFlight = 0;
  const line: Waiting[] = [];

  function run(start: (release: () => void) => void) {
    inFlight += 1;
    let released = false;
    start(() => {
      if (released) return;
      released = true;
      inFlight -= 1;
      const next = line.shift();
      if (next) {
        clearTimeout(next.timer);
        next.leave();
        run(next.start);
      }
    });
  }

  function remove(waiting: Waiting) {
    const index = line.indexOf(waiting);
    if (index !== -1) line.splice(index, 1);
    clearTimeout(waiting.timer);
    waiting.leave();
  }

  return {
    admit(start, refuse, abandoned) {
      if (abandoned.aborted) return;
      if (inFlight < maxInFlight && line.length === 0) return run(start);
      if (line.length >= maxQueued) return refuse();
      const onAbandon = () => remove(waiting);
      const waiting: Waiting = {
        start,
        timer: setTimeout(() => {
          remove(waiting);
          refuse();
        }, maxWaitMs),
        leave: () => abandoned.removeEventListener("abort", onAbandon),
      };
      abandoned.addEventListener("abort", onAbandon, { once: true });
      line.push(waiting);
    },
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return line.length;
    },
  };
}
