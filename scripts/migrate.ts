// Applies pending migrations to DATABASE_URL (the same step `npm run dev` and `npm start` take).
import { checkDatabaseConnection } from "../lib/db/check-connection";
import { migrate } from "../lib/db/migrate";
import { parseDatabaseUrl } from "../lib/env";

try {
  const DATABASE_URL = parseDatabaseUrl();
  await checkDatabaseConnection(DATABASE_URL);
  const applied = await migrate(DATABASE_URL);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exit(1);
}
