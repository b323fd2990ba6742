// Runs in the browser before the site's own scripts (Next's client instrumentation file).
//
// zod compiles a faster parser for each object schema with `new Function`, after probing
// whether it may. The site's Content-Security-Policy allows no eval, so the probe fails, zod
// falls back to its plain parser, and the browser still reports the refused probe as a CSP
// violation on every page with a form. Telling zod not to try avoids the probe; the plain
// parser is what ran anyway.
//
// zod keeps its settings on this global so that every copy of it shares them; writing it
// here, rather than calling zod's `config()`, keeps zod out of the script every page loads
// (pages load it only where a form checks its fields). tests/unit/zod-without-eval.test.ts
// checks that zod still reads it.
import { keepZodFromEval } from "@/lib/validation/zod-without-eval";

keepZodFromEval();
