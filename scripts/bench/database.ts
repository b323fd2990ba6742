// The one PostgreSQL every part of the bench uses: the site (both process counts), the bare
// action app and the raw inserts. With DATABASE_URL set that server is used (it must be
// migrated, or migratable, and may be written to); otherwise a throw-away embedded cluster.
import pg from "pg";
import { removeEmbeddedData, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { migrate } from "../../lib/db/migrate";

export interface BenchDatabase {
  url: string;
  stop: () => Promise<void>;
}

const DATA_DIR = ".data/bench-postgres";

export async function startBenchDatabase(port: number): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL;
  let url: string;
  let stop = async () => undefined;
  if (given) {
    url = given;
  } else {
    removeEmbeddedData(DATA_DIR);
    const embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port });
    url = embedded.url;
    stop = async () => {
      await embedded.stop();
      removeEmbeddedData(DATA_DIR);
    };
  }
  await migrate(url);
  // The bare app and the raw inserts write rows of the same shape, each to its own table.
  await withClient(url, (client) =>
    client.query(`
      CREATE TABLE IF NOT EXISTS bare_action_signature (
        email text PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS bench_raw_signature (
        email text PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`),
  );
  return { url, stop };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A connection the server ends (a restart under test) fails the query in progress; without
  // a listener its "error" event would also end this process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type SignatureTable = "signature" | "bare_action_signature";

/** Rows for the acknowledged emails, and for every email of the run. */
export async function countStored(
  url: string,
  table: SignatureTable,
  acknowledgedEmails: string[],
  emailPrefix: string,
): Promise<{ storedOfAcknowledged: number; storedTotal: number }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ acknowledged: string; total: string }>(
      `SELECT count(*) FILTER (WHERE email = ANY($1::text[])) AS acknowledged, count(*) AS total
         FROM ${table} WHERE email LIKE $2`,
      [acknowledgedEmails, `${emailPrefix}.%`],
    );
    return { storedOfAcknowledged: Number(rows[0]!.acknowledged), storedTotal: Number(rows[0]!.total) };
  });
}
