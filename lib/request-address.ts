// Moved to lib/security/client-address.ts; re-exported only for lib/env.ts until its import
// changes. A relative path: next.config.ts loads lib/env.ts without the "@/" alias.
export { parseTrustedNetworks } from "./security/client-address";
