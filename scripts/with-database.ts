// Runs a command (the site's server, a script) with a migrated PostgreSQL behind it; see
// scripts/run-with-database.ts.
//
//   tsx scripts/with-database.ts tsx scripts/serve.ts --dev
import { runWithDatabase } from "./run-with-database";

const [program, ...args] = process.argv.slice(2);
if (!program) {
  console.error("usage: tsx scripts/with-database.ts <command> [args...]");
  process.exit(2);
}
await runWithDatabase([program, ...args]);
