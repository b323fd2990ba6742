import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formToValues, parseSettingsForm } from "@/lib/organizers/settings-form";
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

describe("press quotes", () => {
  const quote = {
    text: {
      es: "Si no existen las condiciones, hay que crearlas.",
      en: "If the conditions do not exist, we have to create them.",
    },
    speaker: "Sandra Muñoz",
    date: "2026-03-08",
    source: { label: "Entrevista", url: "https://example.org/entrevista" },
  };

  it("stores quotes and reads them back in order", async () => {
    const second = { ...quote, speaker: "Vocera", source: { label: "Conferencia" } };
    await saveSetting(db(), "pressQuotes", [quote, second]);
    expect((await readSettings(db())).pressQuotes).toEqual([quote, second]);
  });

  it("refuses a quote without its English text, an http source or more than ten quotes", async () => {
    await expect(
      saveSetting(db(), "pressQuotes", [{ ...quote, text: { es: quote.text.es, en: " " } }]),
    ).rejects.toThrow(/Setting "pressQuotes" is invalid at 0\.text\.en/);
    await expect(
      saveSetting(db(), "pressQuotes", [
        { ...quote, source: { label: "Entrevista", url: "http://example.org" } },
      ]),
    ).rejects.toThrow(/pressQuotes/);
    await expect(saveSetting(db(), "pressQuotes", Array(11).fill(quote))).rejects.toThrow(/pressQuotes/);
    expect((await readSettings(db())).pressQuotes).toBeUndefined();
  });

  it("saves the quotes a form posts with the other settings, blank rows ignored", async () => {
    const parsed = parseSettingsForm(
      formToValues(
        formData({
          target: "2000",
          "pressQuotes.0.textEs": quote.text.es,
          "pressQuotes.0.textEn": quote.text.en,
          "pressQuotes.0.speaker": quote.speaker,
          "pressQuotes.0.date": quote.date,
          "pressQuotes.0.sourceLabel": quote.source.label,
          "pressQuotes.0.sourceUrl": quote.source.url,
          "pressQuotes.1.textEs": "",
          "pressQuotes.1.speaker": "",
        }),
      ),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await saveSettings(db(), parsed.updates);
    expect(await readSettings(db())).toMatchObject({ target: 2000, pressQuotes: [quote] });
  });

  it("keeps the stored quotes when a posted row is only partly filled", async () => {
    await saveSetting(db(), "pressQuotes", [quote]);
    const parsed = parseSettingsForm(
      formToValues(formData({ "pressQuotes.0.textEs": "Una frase sin nadie que la dijera." })),
    );
    expect(parsed).toMatchObject({ ok: false, fieldErrors: { "pressQuotes.0.speaker": "quoteRequired" } });
    expect((await readSettings(db())).pressQuotes).toEqual([quote]);
  });
});

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
