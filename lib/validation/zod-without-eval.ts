// zod's global settings, written without loading zod (see instrumentation-client.ts).
declare global {
  // zod keeps its settings here so that every copy of it in one page shares them.
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

/**
 * Tells zod, loaded now or later, never to compile parsers with eval. The object is changed,
 * not replaced: a zod already loaded holds on to it.
 */
export function keepZodFromEval(): void {
  (globalThis.__zod_globalConfig ??= {}).jitless = true;
}
