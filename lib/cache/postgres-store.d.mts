// Types of the part of postgres-store.mjs TypeScript calls (the tests), as beside the handlers: the
// store is plain JavaScript because Next loads the handlers with plain Node.

/** A failure as it may be logged: its class and code, or pg's fixed words for a lost connection. */
export function describeFailure(error: unknown): string;

/**
 * The statement that records a revalidation of `tags`, announces it to every process and, for
 * an expiry that has come, deletes the entries it expired.
 */
export function tagRevalidationStatement(
  tags: string[],
  change: { stale?: number; expired?: number },
  now: number,
): { text: string; values: unknown[] };
