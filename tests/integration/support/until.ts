/** Waits until `condition` holds, checking every 10 ms; throws after `timeoutMs`. Answers how long it took. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

/** Revalidations count for entries written strictly before them, as in Next. */
export const laterMillisecond = () => new Promise((resolve) => setTimeout(resolve, 2));
