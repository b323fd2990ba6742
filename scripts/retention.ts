// Runs the retention rules now, as the hourly job does (lib/retention/run-retention.ts).
//
//   npm run retention                 apply them and log the run for organizers
//   npm run retention -- --dry-run    print what each rule would change; change nothing
//
// Needs DATABASE_URL; NETWORK_HASH_RETENTION_DAYS as the site has it (30 by default).
import os from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { parseDatabaseUrl, parseNetworkHashRetentionDays } from "../lib/env";
import { runRetention } from "../lib/retention/run-retention";
import { readSettings } from "../lib/settings/read-settings";

const dryRun = process.argv.includes("--dry-run");
let database: PrismaClient | undefined;

try {
  database = new PrismaClient({ adapter: new PrismaPg({ connectionString: parseDatabaseUrl() }) });
  const result = await runRetention({
    db: database,
    settings: await readSettings(database),
    networkHashDays: parseNetworkHashRetentionDays(),
    dryRun,
    trigger: `command line (${os.userInfo().username})`,
  });
  const verb = dryRun ? "would" : "did";
  console.log(dryRun ? "Dry run: nothing was changed." : "Retention ran and was logged.");
  console.table({
    [`unconfirmed signatures (${verb} delete)`]: result.unconfirmedDeleted,
    [`network hashes (${verb} drop)`]: result.networkHashesDropped,
    [`signatures (${verb} erase personal data)`]: result.signaturesErased,
    [`local outbox emails (${verb} delete)`]: result.outboxDeleted,
    [`sign-in links (${verb} delete)`]: result.signInLinksDeleted,
    [`organizer sessions (${verb} delete)`]: result.sessionsDeleted,
  });
  console.log(
    result.erasureDate
      ? `Every signature's personal data is erased from ${result.erasureDate.toISOString()}.`
      : "No erasure date yet: set the closing date and the retention period in the settings.",
  );
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await database?.$disconnect();
}
