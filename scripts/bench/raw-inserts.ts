// The database's own ceiling: the one-row insert a signature needs, straight from Node's
// `pg`, with no HTTP or framework in front. `clients` connections each insert in a loop.
import pg from "pg";

export interface InsertFigures {
  clients: number;
  rate: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export async function rawInsertLoad(url: string, clients: number, seconds: number): Promise<InsertFigures> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  const latencies: number[] = [];
  let sequence = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < deadline) {
            sequence += 1;
            const begun = performance.now();
            await client.query(
              "INSERT INTO bench_raw_signature (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING",
              [`raw.${process.pid}.${clients}.${sequence}@example.org`, "Persona de Prueba"],
            );
            latencies.push(performance.now() - begun);
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.end();
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    clients,
    rate: latencies.length / elapsed,
    p50: Math.round(percentile(latencies, 0.5)),
    p99: Math.round(percentile(latencies, 0.99)),
  };
}
