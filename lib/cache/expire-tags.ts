// Expiring cache tags from outside a Next request (a scheduled job, a command line), where
// Next's updateTag cannot be called: the same statement the shared cache's handlers write
// (lib/cache/postgres-store.mjs), run in the caller's transaction, so every server process
// hears of it when the change it follows commits, and the entries it expired are deleted.
import { tagRevalidationStatement } from "./postgres-store.mjs";

interface RawQueries {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<unknown>;
}

export async function expireCacheTags(tx: RawQueries, tags: string[]): Promise<void> {
  // The entries' clock is this machine's, whatever time the caller works in.
  const now = Date.now();
  const { text, values } = tagRevalidationStatement(tags, { expired: now }, now);
  await tx.$executeRawUnsafe(text, ...values);
}
