// Runs in the browser before the site's own scripts (Next's client instrumentation file).
//
// zod compiles a faster parser for each object schema with `new Function`, after probing
// whether it may. The site's Content-Security-Policy allows no eval, so the probe fails, zod
// falls back to its plain parser, and the browser still reports the refused probe as a CSP
// violation on every page with a form. Telling zod not to try avoids the probe; the plain
// parser is what ran anyway.
import { config } from "zod/v4/core";

config({ jitless: true });
