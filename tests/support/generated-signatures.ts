// Campaign-scale data for the large export test and the organizer benchmark: one
// INSERT ... SELECT generate_series, so 300,000 signatures take seconds, not minutes.
import type pg from "pg";

const STATES =
  "'AGU','BCN','BCS','CAM','CHP','CHH','COA','COL','CMX','DUR','GUA','GRO','HID','JAL','MEX','MIC'," +
  "'MOR','NAY','NLE','OAX','PUE','QUE','ROO','SLP','SIN','SON','TAB','TAM','TLA','VER','YUC','ZAC'";

// One statement. Every 50th signature is pending, withdrawn or invalidated; a quarter hide
// their name; three signatures share each confirmation time, so pages split ties.
const GENERATE_SQL = `
  INSERT INTO signature (status, name, email, email_canonical, country_code, state_code, show_name, locale,
    source, confirmed_at, withdrawn_at, invalidation_id)
  SELECT s.status::signature_status,
         CASE WHEN s.live THEN CASE WHEN i % 997 = 0 THEN '=HYPERLINK("http://x/' || i || '")' ELSE 'Firmante ' || i END END,
         CASE WHEN s.live THEN 'firma' || i || '@example.org' END,
         CASE WHEN s.live THEN 'firma' || i || '@example.org' END,
         s.country,
         CASE WHEN s.country = 'MX' THEN (ARRAY[${STATES}])[1 + (i / 10) % 32] END,
         i % 4 <> 0,
         CASE WHEN i % 3 = 0 THEN 'en' ELSE 'es' END,
         CASE i % 7 WHEN 0 THEN NULL WHEN 1 THEN 'twitter' WHEN 2 THEN 'radio' WHEN 3 THEN '=cmd'
                    ELSE 'ref-' || (i % 500) END,
         CASE WHEN s.status <> 'PENDING'
              THEN timestamptz '2026-01-01 06:00:00+00' + (i % 100000) * interval '150 seconds' END,
         CASE WHEN s.status = 'WITHDRAWN' THEN timestamptz '2026-07-01 00:00:00+00' END,
         CASE WHEN s.status = 'INVALIDATED' THEN $1::uuid END
  FROM generate_series(1, $2::int) AS i
  CROSS JOIN LATERAL (
    SELECT CASE i % 50 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'WITHDRAWN' WHEN 2 THEN 'INVALIDATED' ELSE 'CONFIRMED' END AS status,
           CASE WHEN i % 10 < 8 THEN 'MX' ELSE (ARRAY['US','ES','DE','CO','AR','CA','FR','GB'])[1 + i % 8] END AS country
  ) AS picked
  CROSS JOIN LATERAL (SELECT picked.*, picked.status IN ('PENDING', 'CONFIRMED') AS live) AS s`;

/**
 * Inserts `count` signatures into a migrated, otherwise empty database. Every 50th one is
 * pending, withdrawn or invalidated; a quarter hide their name; 80 % live in Mexico, over
 * all 32 states; confirmations fall 150 s apart from 2026-01-01, three to a time stamp.
 */
export async function generateSignatures(client: pg.Client, count: number): Promise<void> {
  const invalidation = "00000000-0000-4000-8000-000000000001";
  await client.query(
    `INSERT INTO signature_invalidation (id, organizer_email, email_domain, signature_count, confirmed_count)
     VALUES ($1, 'ana@example.org', 'spam.example', 0, 0) ON CONFLICT DO NOTHING`,
    [invalidation],
  );
  // A bulk load: the counters' trigger is off while the rows go in, and the counters are
  // rebuilt once from them, by the same rule, in the same transaction.
  await client.query("BEGIN");
  try {
    await client.query("ALTER TABLE signature DISABLE TRIGGER signature_counters_on_insert");
    await client.query(GENERATE_SQL, [invalidation, count]);
    await client.query("ALTER TABLE signature ENABLE TRIGGER signature_counters_on_insert");
    await client.query("SELECT signature_counters_rebuild()");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  await client.query("ANALYZE signature");
}
