import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteSetting, readSettings, saveSetting, saveSettings } from "@/lib/settings/read-settings";

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.query(`DELETE FROM campaign_setting`);
  await client.end();
});

beforeEach(async () => {
  await client.query(`DELETE FROM campaign_setting`);
});

describe("campaign settings in the database", () => {
  it("reads nothing when organizers have set nothing", async () => {
    expect(await readSettings(db())).toEqual({});
  });

  it("saves a setting as JSON text and reads it back typed", async () => {
    await saveSetting(db(), "target", 100000);
    await saveSetting(db(), "pressContact", { name: "Equipo de prensa", email: "prensa@example.org" });
    const { rows } = await client.query<{ value: string }>(
      `SELECT value FROM campaign_setting WHERE key = 'target'`,
    );
    expect(rows[0]?.value).toBe("100000");
    expect(await readSettings(db())).toEqual({
      target: 100000,
      pressContact: { name: "Equipo de prensa", email: "prensa@example.org" },
    });
  });

  it("replaces a setting that is saved again", async () => {
    await saveSetting(db(), "target", 1000);
    await saveSetting(db(), "target", 2000);
    expect((await readSettings(db())).target).toBe(2000);
  });

  it("refuses to store an invalid value and keeps the previous one", async () => {
    await saveSetting(db(), "target", 1000);
    await expect(saveSetting(db(), "target", -1)).rejects.toThrow(/Setting "target" is invalid/);
    expect((await readSettings(db())).target).toBe(1000);
  });

  it("hides a row an operator wrote by hand with the wrong shape", async () => {
    await client.query(`INSERT INTO campaign_setting (key, value) VALUES ('closesAt', 'mañana')`);
    expect(await readSettings(db())).toEqual({});
  });

  it("forgets a deleted setting", async () => {
    await saveSetting(db(), "retentionPeriod", { months: 6 });
    await deleteSetting(db(), "retentionPeriod");
    expect(await readSettings(db())).toEqual({});
  });
});

describe("saving several settings at once", () => {
  it("stores and removes in one transaction, and changes nothing when one value is invalid", async () => {
    await saveSettings(db(), [
      { key: "target", value: 1234 },
      { key: "retentionPeriod", value: { months: 3 } },
    ]);
    expect(await readSettings(db())).toMatchObject({ target: 1234, retentionPeriod: { months: 3 } });

    await expect(
      saveSettings(db(), [
        { key: "target", value: 999 },
        { key: "retentionPeriod", value: { months: -1 } },
      ]),
    ).rejects.toThrow(/retentionPeriod/);
    expect((await readSettings(db())).target).toBe(1234);

    await saveSettings(db(), [
      { key: "target", value: null },
      { key: "retentionPeriod", value: null },
    ]);
    const after = await readSettings(db());
    expect(after.target).toBeUndefined();
    expect(after.retentionPeriod).toBeUndefined();
  });
});
