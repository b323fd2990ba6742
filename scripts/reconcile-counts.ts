// Checks the counters (the public count and the organizers' figures) against the signature
// rows and reports any mismatch.
//
//   npm run counts:reconcile            report only (exit 1 when something disagrees)
//   npm run counts:reconcile -- --fix   rebuild the counters from the rows
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { parseDatabaseUrl } from "../lib/env";
import { reconcileCounts } from "../lib/petition/counters";

const fix = process.argv.includes("--fix");
let database: PrismaClient | undefined;

try {
  // Inside the try: without DATABASE_URL the person gets its one sentence, not a stack trace.
  database = new PrismaClient({ adapter: new PrismaPg({ connectionString: parseDatabaseUrl() }) });
  const mismatches = await reconcileCounts(database, { fix });
  if (mismatches.length === 0) {
    console.log("The counters agree with the signatures.");
  } else {
    console.table(mismatches);
    console.log(
      fix ? "The counters were rebuilt from the signatures." : "Run again with --fix to rebuild them.",
    );
    process.exitCode = fix ? 0 : 1;
  }
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await database?.$disconnect();
}
