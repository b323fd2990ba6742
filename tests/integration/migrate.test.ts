import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";

describe("the migrator", () => {
  it("records every migration the way Prisma Migrate does, and applies nothing twice", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await migrate(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
    await client.end();

    const files = readMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const url = process.env.DATABASE_URL!;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const first = readMigrations()[0]!;
    await client.query(`UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = $1`, [
      first.name,
    ]);
    try {
      await expect(migrate(url)).rejects.toThrow(`Migration ${first.name} was edited after it was applied`);
    } finally {
      await client.query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
        first.checksum,
        first.name,
      ]);
      await client.end();
    }
  });
});
