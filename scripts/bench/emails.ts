// The confirmation emails a signing run owes: how many were still waiting when the load
// stopped, and how long the worker took to send them all. The email worker runs at a lower
// priority than the requests (lib/server/priority.ts), so in a surge it falls behind on
// purpose; this is how far, and how fast it catches up.
import { SEND_CONFIRMATION } from "../../lib/jobs/names";
import { withClient } from "./database";

export interface EmailCatchUp {
  /** Confirmation emails not yet sent when the load stopped. */
  waitingAtEnd: number;
  /** Seconds from the end of the load until none was waiting; undefined if that took longer than the bench waits. */
  allSentAfterSeconds?: number;
  /** How long the bench waited for them, in seconds. */
  waitedSeconds: number;
}

const POLL_MS = 250;
/** Beyond this the bench moves on and reports the backlog as not caught up. */
const LONGEST_WAIT_MS = 180_000;

export async function confirmationEmailsWaiting(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM graphile_worker._private_jobs j
         JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = $1`,
      [SEND_CONFIRMATION],
    );
    return rows[0]!.waiting;
  });
}

/** Waits until no confirmation email is waiting; `loadEndedAt` is a performance.now() value. */
export async function waitForEmailCatchUp(
  url: string,
  loadEndedAt: number,
  waitingAtEnd: number,
): Promise<EmailCatchUp> {
  while (performance.now() - loadEndedAt < LONGEST_WAIT_MS) {
    const waiting = await confirmationEmailsWaiting(url);
    const waitedSeconds = (performance.now() - loadEndedAt) / 1000;
    if (waiting === 0) return { waitingAtEnd, allSentAfterSeconds: waitedSeconds, waitedSeconds };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { waitingAtEnd, waitedSeconds: (performance.now() - loadEndedAt) / 1000 };
}
