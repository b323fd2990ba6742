// Types of shared-cache-handler.mjs for TypeScript callers (the tests): the handler is plain
// JavaScript because Next loads it with plain Node, and tsconfig does not check JavaScript.

export interface TagState {
  stale?: number;
  expired?: number;
}

export interface CacheEntry {
  value: unknown;
  cacheControl?: unknown;
  tags: string[];
  lastModified: number;
  expiresAt: number;
  bytes: number;
}

export class SharedCache {
  constructor(options: {
    databaseUrl?: string;
    buildId: string;
    memoryBytes: number;
    log?: (line: string) => void;
  });
  readonly buildId: string;
  readonly memory: {
    get(key: string): CacheEntry | undefined;
    delete(key: string): void;
    readonly bytes: number;
    readonly size: number;
    maxBytes: number;
  };
  readonly store?: {
    readonly failing: boolean;
    sweep(keepTagsMs: number): Promise<{ entries: number; tags: number } | null>;
  };
  readonly tags?: { ready: Promise<void>; get(tag: string): TagState | undefined };
  revalidate(tags: string[], change: TagState): Promise<void>;
  close(): Promise<void>;
}

export interface HandlerContext {
  serverDistDir?: string;
  maxMemoryCacheSize?: number;
}

export interface GetContext {
  kind: string;
  tags?: string[];
  softTags?: string[];
  revalidate?: number | false;
}

export interface SetContext {
  fetchCache?: boolean;
  tags?: string[];
  cacheControl?: { revalidate?: number | false; expire?: number };
  [other: string]: unknown;
}

export interface CacheHandler {
  readonly cache: SharedCache;
  readonly requestStartedAt: number;
  get(
    key: string,
    ctx: GetContext,
  ): Promise<{ value: unknown; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx: SetContext): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}

export function createCacheHandler(
  cacheFor: (ctx: HandlerContext | undefined) => SharedCache,
): new (ctx?: HandlerContext) => CacheHandler;

export function cacheOfThisProcess(ctx?: HandlerContext): SharedCache;

declare const NextCacheHandler: new (ctx?: HandlerContext) => CacheHandler;
export default NextCacheHandler;
