import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actualSchema, diffSchemas, expectedSchema, type SchemaShape } from "./support/schema-drift";

const schemaText = readFileSync("prisma/schema.prisma", "utf8");
let client: pg.Client;
let database: SchemaShape;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  database = await actualSchema(client);
});

afterAll(async () => {
  await client.end();
});

describe("schema.prisma and the migrated database", () => {
  it("agree on tables, columns, types, nullability, unique and foreign keys", () => {
    expect(diffSchemas(expectedSchema(schemaText), database)).toEqual([]);
  });

  it("reports a column whose nullability differs", () => {
    const drifted = schemaText.replace(/^(\s+value\s+)String$/m, "$1String?");
    expect(drifted).not.toBe(schemaText);
    expect(diffSchemas(expectedSchema(drifted), database)).toContainEqual(
      expect.stringContaining("campaign_setting.value is optional in schema.prisma but NOT NULL"),
    );
  });

  it("reports a column that no migration created", () => {
    const drifted = schemaText.replace(/^(\s+value\s+String)$/m, "$1\n  note String?");
    expect(diffSchemas(expectedSchema(drifted), database)).toContainEqual(
      "campaign_setting.note is in schema.prisma but not in the database",
    );
  });

  it("reports a type mismatch", () => {
    const drifted = schemaText.replace("@db.Timestamptz(3)", "");
    expect(diffSchemas(expectedSchema(drifted), database)).toContainEqual(
      "campaign_setting.updated_at type: schema timestamp(3), database timestamptz(3)",
    );
  });
});
