// Applies pending migrations to DATABASE_URL (the same step `npm run dev` and `npm start` take).
import { checkDatabaseConnection } from "../lib/db/check-connection";
import { migrate } from "../lib/db/migrate";
import { parseServerEnv } from "../lib/env";

try {
  const { DATABASE_URL } = parseServerEnv();
  await checkDatabaseConnection(DATABASE_URL);
  const applied = await migrate(DATABASE_URL);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exit(1);
}
