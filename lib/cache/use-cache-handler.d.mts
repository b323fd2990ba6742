// Types of use-cache-handler.mjs for TypeScript callers (the tests), as for
// shared-cache-handler.d.mts.
import type { SharedCache } from "./shared-cache-handler.mjs";

export interface UseCacheEntry {
  value: ReadableStream<Uint8Array>;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
}

export interface UseCacheHandler {
  get(cacheKey: string, softTags: string[]): Promise<UseCacheEntry | undefined>;
  set(cacheKey: string, pendingEntry: Promise<UseCacheEntry>): Promise<void>;
  refreshTags(): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
}

export function createUseCacheHandler(cacheFor: () => SharedCache): UseCacheHandler;

declare const handler: UseCacheHandler;
export default handler;
