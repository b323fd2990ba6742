import pg from "pg";

/** Resolves when the database answers; otherwise rejects with one sentence naming DATABASE_URL. */
export async function checkDatabaseConnection(databaseUrl: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const { hostname, port } = new URL(databaseUrl);
    const reason = (error as Error).message || (error as { code?: string }).code || "no answer";
    throw new Error(
      `DATABASE_URL points at a PostgreSQL server that did not accept the connection (${hostname}:${port || 5432}: ${reason}); start that server or fix the URL.`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
