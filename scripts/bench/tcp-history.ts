// Linux remembers, per destination address, what earlier TCP connections measured (round-trip
// time and variance, congestion window: `ip tcp_metrics show`) and starts new connections from
// it. After a run that loaded the server, the entry for 127.0.0.1 held round trips of 8 ms
// with 11 ms of variance, on a loopback where a round trip takes tens of microseconds, and the
// next run's connections started from those. In 10 of 15 bench runs, 50 KB pages then read
// at about 1,800 a second instead of 6,500 to 8,900, although the pages' memory
// (page-micro-cache.ts) answered nearly every request either way; with the history flushed
// first, 4 runs of 4 read at 8,476 to 8,930. So every load starts with that history forgotten.
import { execFileSync } from "node:child_process";

let warned = false;

/** Forgets what Linux learned of earlier connections to 127.0.0.0/8; false where it cannot. */
export function forgetLoopbackTcpHistory(): boolean {
  try {
    execFileSync("ip", ["tcp_metrics", "flush", "127.0.0.0/8"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // Not Linux, no iproute2, or not allowed (it needs root): the run goes on, and says so once.
    if (!warned) {
      warned = true;
      console.warn(
        `  (could not flush the loopback's TCP history: ${(error as Error).message.split("\n")[0]}; ` +
          "read rates may land in their slow state, see docs/benchmarks.md)",
      );
    }
    return false;
  }
}
