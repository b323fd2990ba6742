import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readPublicStats } from "@/lib/stats/read-public-stats";

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.query(`UPDATE signature_count SET count = 0 WHERE scope = 'total'`);
  await client.query(`DELETE FROM signature_count WHERE scope <> 'total'`);
  await client.query(`DELETE FROM signature_daily_count`);
  await client.end();
});

beforeEach(async () => {
  await client.query(`DELETE FROM signature_count WHERE scope <> 'total'`);
  await client.query(`DELETE FROM signature_daily_count`);
  await client.query(`UPDATE signature_count SET count = 0 WHERE scope = 'total'`);
});

describe("readPublicStats", () => {
  it("reads zero from a freshly migrated database", async () => {
    const stats = await readPublicStats(db(), () => new Date("2026-11-29T12:00:00Z"));
    expect(stats).toEqual({
      total: 0,
      byState: {},
      byCountry: {},
      byDay: [],
      asOf: "2026-11-29T12:00:00.000Z",
    });
  });

  it("reads the counter rows the signing flow keeps", async () => {
    await client.query(`UPDATE signature_count SET count = 9 WHERE scope = 'total' AND code = 'all'`);
    await client.query(
      `INSERT INTO signature_count (scope, code, count) VALUES
        ('state', 'CMX', 4), ('state', 'NLE', 2), ('state', 'OAX', 0),
        ('country', 'MX', 6), ('country', 'CO', 3)`,
    );
    await client.query(
      `INSERT INTO signature_daily_count (day, count) VALUES ('2026-11-28', 5), ('2026-11-27', 4)`,
    );

    const stats = await readPublicStats(db());
    expect(stats.total).toBe(9);
    expect(stats.byState).toEqual({ CMX: 4, NLE: 2 });
    expect(stats.byCountry).toEqual({ CO: 3, MX: 6 });
    // A DATE column must come back as the same calendar day, whatever the server's time zone.
    expect(stats.byDay).toEqual([
      { day: "2026-11-27", count: 4 },
      { day: "2026-11-28", count: 5 },
    ]);
  });
});
