// How many requests one server process works on at once, and what happens to the rest.
//
// Under a surge, taking every request at once makes all of them slow: each one holds memory,
// a database connection wait and a share of one CPU, and past a point every answer comes too
// late for the browser waiting on it. So each process works on at most `maxInFlight`
// requests; the next ones wait in line, first come first served, and a request that cannot
// start within `maxWaitMs` (or finds the line full) is answered at once with "busy, try
// again" instead of hanging. Nothing of a refused request has reached the app: a signature
// refused here was not recorded, and the page says so.
//
// Every request that reaches Next passes through here, so a ticket is a plain object and a
// closure: an AbortController per request cost a DOMException (with its stack) and event
// listeners on each one, about 0.2 ms of CPU (docs/benchmarks.md).

/** Requests one process lets wait for a slot; the next are refused at once. */
export const MAX_WAITING_REQUESTS = 1024;

export interface AdmissionLimits {
  /** Requests worked on at once by this process. */
  maxInFlight: number;
  /** Requests allowed to wait for a slot; more are refused at once. */
  maxQueued: number;
  /** How long a request may wait for a slot before it is refused. */
  maxWaitMs: number;
}

export interface AdmissionTicket {
  /**
   * The request is over (answered, refused or abandoned by its client): frees its slot, or
   * takes it out of the line if it was still waiting. Safe to call more than once.
   */
  end(): void;
}

export interface Admission {
  /**
   * Runs `start` when a slot is free (at once if one is), or `refuse` when the request
   * cannot start in time. The caller ends the returned ticket when the request is over;
   * a request ended while it waits leaves the line without running either.
   */
  admit(start: () => void, refuse: () => void): AdmissionTicket;
  /** Requests being worked on, and waiting. */
  readonly inFlight: number;
  readonly queued: number;
}

type TicketState = "waiting" | "running" | "ended";

interface Waiting {
  begin: () => void;
  timer: NodeJS.Timeout | undefined;
}

export function createAdmission({ maxInFlight, maxQueued, maxWaitMs }: AdmissionLimits): Admission {
  let inFlight = 0;
  const line: Waiting[] = [];

  function startNext() {
    const next = line.shift();
    if (!next) return;
    clearTimeout(next.timer);
    next.begin();
  }

  function leaveLine(waiting: Waiting) {
    const index = line.indexOf(waiting);
    if (index !== -1) line.splice(index, 1);
    clearTimeout(waiting.timer);
  }

  return {
    admit(start, refuse) {
      let state: TicketState = "waiting";
      const begin = () => {
        state = "running";
        inFlight += 1;
        start();
      };
      const waiting: Waiting = { begin, timer: undefined };
      const ticket: AdmissionTicket = {
        end() {
          if (state === "running") {
            inFlight -= 1;
            startNext();
          } else if (state === "waiting") {
            leaveLine(waiting);
          }
          state = "ended";
        },
      };

      if (inFlight < maxInFlight && line.length === 0) {
        begin();
      } else if (line.length >= maxQueued) {
        state = "ended";
        refuse();
      } else {
        waiting.timer = setTimeout(() => {
          leaveLine(waiting);
          state = "ended";
          refuse();
        }, maxWaitMs);
        line.push(waiting);
      }
      return ticket;
    },
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return line.length;
    },
  };
}
