import pg from "pg";
import { e2eDatabaseUrl } from "../../../playwright.config";

/**
 * Makes the site's database refuse every connection, as an outage would, by closing it to
 * new connections and ending the open ones; the returned function opens it again.
 */
export async function takeDatabaseDown(): Promise<() => Promise<void>> {
  const target = new URL(e2eDatabaseUrl());
  const database = target.pathname.slice(1);
  const adminUrl = new URL(target);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database]);
  return async () => {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await admin.end();
  };
}

/** Runs one query on the site's database with a connection of its own. */
export async function query<Row extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** How many signatures the database holds for one mailbox. */
export async function storedRows(email: string): Promise<number> {
  const rows = await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM signature WHERE email = $1`,
    [email.toLowerCase()],
  );
  return rows[0]!.count;
}
