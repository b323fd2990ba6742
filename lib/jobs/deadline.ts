// A job's task that never settles (a database connection that went silent, a provider that
// never answers) would hold its job, and one of the pool's few workers, for good: with
// concurrency 4, four such tasks would stop every email.
import type { Task, TaskList } from "graphile-worker";

/** Longer than one email's work takes even on a slow day (a read, a write, one provider call). */
export const EMAIL_TASK_DEADLINE_MS = 60_000;

export class TaskDeadlineError extends Error {
  constructor(ms: number) {
    super(`the task did not finish within ${Math.round(ms / 1000)} s`);
    this.name = "TaskDeadlineError";
  }
}

/**
 * Fails the task when it has not settled within `ms`: graphile-worker records the failure and
 * runs the job again after its backoff, and the worker takes the next job. The late task may
 * still finish in the background; every email carries an idempotency key, so a retry that
 * overlaps it delivers once.
 */
export function withDeadline(
  task: Task,
  ms: number,
): (...args: Parameters<Task>) => Promise<void | unknown[]> {
  return (payload, helpers) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new TaskDeadlineError(ms)), ms);
      Promise.resolve()
        .then(() => task(payload, helpers))
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
}

/** Every task of `tasks` with the same deadline. */
export function withDeadlines(tasks: TaskList, ms: number): TaskList {
  return Object.fromEntries(
    Object.entries(tasks).flatMap(([name, task]) => (task ? [[name, withDeadline(task, ms)]] : [])),
  );
}
