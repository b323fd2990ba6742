// Moved to lib/security/client-address.ts; re-exported only for lib/env.ts until its import changes.
export { parseTrustedNetworks } from "@/lib/security/client-address";
