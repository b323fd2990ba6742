import { describe, expect, it } from "vitest";
import {
  BLANK_QUOTE_ROWS,
  formToValues,
  parseSettingsForm,
  QUOTE_FIELDS,
  quoteRows,
  SETTINGS_FIELDS,
  settingsToValues,
  type QuoteValues,
  type SettingsValues,
} from "@/lib/organizers/settings-form";
import type { PressQuote } from "@/lib/settings/schema";

const empty: SettingsValues = {
  ...(Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, ""])) as Omit<SettingsValues, "pressQuotes">),
  pressQuotes: [],
};
const form = (values: Partial<SettingsValues>): SettingsValues => ({ ...empty, ...values });
const blankQuote = Object.fromEntries(QUOTE_FIELDS.map((field) => [field, ""])) as QuoteValues;
const quoteRow = (values: Partial<QuoteValues>): QuoteValues => ({ ...blankQuote, ...values });

const FOUNDER_ROW = quoteRow({
  textEs: " Si no existen las condiciones, hay que crearlas. ",
  textEn: "If the conditions do not exist, we have to create them.",
  speaker: "Sandra Muñoz",
  roleEs: "fundadora de la campaña",
  roleEn: "founder of the campaign",
  date: "2026-03-08",
  sourceLabel: "Entrevista en radio",
  sourceUrl: "https://example.org/entrevista",
});
const FOUNDER_QUOTE: PressQuote = {
  text: {
    es: "Si no existen las condiciones, hay que crearlas.",
    en: "If the conditions do not exist, we have to create them.",
  },
  speaker: "Sandra Muñoz",
  role: { es: "fundadora de la campaña", en: "founder of the campaign" },
  date: "2026-03-08",
  source: { label: "Entrevista en radio", url: "https://example.org/entrevista" },
};

describe("the settings form", () => {
  it("removes every setting whose fields are left empty; an unticked reminder box turns reminders off", () => {
    const parsed = parseSettingsForm(empty);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const reminder = parsed.updates.filter((update) => update.key === "confirmationReminder");
    expect(reminder).toEqual([{ key: "confirmationReminder", value: false }]);
    const others = parsed.updates.filter((update) => update.key !== "confirmationReminder");
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((update) => update.value === null)).toBe(true);
  });

  it("shows the reminder box ticked unless reminders were turned off", () => {
    expect(settingsToValues({}).confirmationReminder).toBe("on");
    expect(settingsToValues({ confirmationReminder: true }).confirmationReminder).toBe("on");
    expect(settingsToValues({ confirmationReminder: false }).confirmationReminder).toBe("");
    const parsed = parseSettingsForm(form({ confirmationReminder: "on" }));
    expect(parsed.ok && parsed.updates.find((update) => update.key === "confirmationReminder")).toEqual({
      key: "confirmationReminder",
      value: true,
    });
  });

  it("reads a complete form into typed settings", () => {
    const parsed = parseSettingsForm(
      form({
        target: "100 000",
        opensAt: "2026-12-01",
        closesAt: "2027-03-08",
        pressName: " Prensa ",
        pressEmail: "prensa@example.org",
        controllerName: "Colectivo",
        controllerAddress: "Calle 1, CDMX",
        controllerEmail: "datos@example.org",
        retentionMonths: "12",
        supportLinks: "Línea Mujeres | https://example.org/linea | 55 5658 1111\nOtra | https://example.org",
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      updates: expect.arrayContaining([
        { key: "target", value: 100000 },
        { key: "opensAt", value: "2026-12-01" },
        { key: "closesAt", value: "2027-03-08" },
        { key: "pressContact", value: { name: "Prensa", email: "prensa@example.org" } },
        {
          key: "privacyController",
          value: { name: "Colectivo", address: "Calle 1, CDMX", email: "datos@example.org" },
        },
        { key: "retentionPeriod", value: { months: 12 } },
        {
          key: "supportLinks",
          value: [
            { label: "Línea Mujeres", url: "https://example.org/linea", phone: "55 5658 1111" },
            { label: "Otra", url: "https://example.org" },
          ],
        },
      ]),
    });
  });

  it("names each field that is wrong and stores nothing", () => {
    const parsed = parseSettingsForm(
      form({
        target: "muchas",
        opensAt: "2027-01-10",
        closesAt: "2027-01-01",
        pressName: "Prensa",
        controllerEmail: "not-an-address",
        retentionMonths: "1.5",
        supportLinks: "Sin dirección",
      }),
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        target: "target",
        closesAt: "closesBeforeOpens",
        pressEmail: "required",
        controllerName: "required",
        controllerAddress: "required",
        retentionMonths: "retention",
        supportLinks: "supportLinks",
      },
    });
  });

  it("rejects malformed dates and addresses", () => {
    const parsed = parseSettingsForm(form({ opensAt: "2026-13-40", pressName: "P", pressEmail: "p@" }));
    expect(parsed).toEqual({ ok: false, fieldErrors: { opensAt: "date", pressEmail: "email" } });
  });

  it("keeps a stored date-time when its day is unchanged", () => {
    const stored = { opensAt: "2026-12-01T09:00:00-06:00" };
    const parsed = parseSettingsForm(settingsToValues(stored), stored);
    expect(parsed.ok && parsed.updates.find((update) => update.key === "opensAt")?.value).toBe(
      stored.opensAt,
    );
  });

  it("shows stored settings the way the form writes them", () => {
    const settings = {
      target: 5000,
      supportLinks: [{ label: "Línea", url: "https://example.org", phone: "911" }],
      retentionPeriod: { months: 6 },
    };
    const values = settingsToValues(settings);
    expect(values).toMatchObject({
      target: "5000",
      supportLinks: "Línea | https://example.org | 911",
      retentionMonths: "6",
    });
    const parsed = parseSettingsForm(values);
    expect(parsed.ok && parsed.updates.filter((update) => update.value !== null)).toEqual([
      { key: "target", value: 5000 },
      { key: "retentionPeriod", value: { months: 6 } },
      { key: "supportLinks", value: settings.supportLinks },
      { key: "confirmationReminder", value: true },
    ]);
  });
});

describe("press quotes in the settings form", () => {
  it("stores the filled quote rows in order and ignores entirely blank rows", () => {
    const second = quoteRow({
      textEs: "Pedimos al Senado que dé el paso.",
      textEn: "We ask the Senate to take the step.",
      speaker: "Vocera",
      date: "2026-05-01",
      sourceLabel: "Conferencia de prensa",
    });
    const parsed = parseSettingsForm(form({ pressQuotes: [blankQuote, FOUNDER_ROW, quoteRow({}), second] }));
    expect(parsed.ok && parsed.updates.find((update) => update.key === "pressQuotes")).toEqual({
      key: "pressQuotes",
      value: [
        FOUNDER_QUOTE,
        {
          text: { es: "Pedimos al Senado que dé el paso.", en: "We ask the Senate to take the step." },
          speaker: "Vocera",
          date: "2026-05-01",
          source: { label: "Conferencia de prensa" },
        },
      ],
    });
  });

  it("removes the quotes when every row is blank", () => {
    const parsed = parseSettingsForm(form({ pressQuotes: [blankQuote, blankQuote] }));
    expect(parsed.ok && parsed.updates.find((update) => update.key === "pressQuotes")).toEqual({
      key: "pressQuotes",
      value: null,
    });
  });

  it("names each missing field of a partly filled row and stores nothing", () => {
    const parsed = parseSettingsForm(
      form({ target: "1000", pressQuotes: [FOUNDER_ROW, quoteRow({ textEs: "Una frase a medias." })] }),
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        "pressQuotes.1.textEn": "quoteRequired",
        "pressQuotes.1.speaker": "quoteRequired",
        "pressQuotes.1.date": "quoteRequired",
        "pressQuotes.1.sourceLabel": "quoteRequired",
      },
    });
  });

  it("asks for the role in both languages, a real date and an https address", () => {
    const parsed = parseSettingsForm(
      form({
        pressQuotes: [
          { ...FOUNDER_ROW, roleEn: "", date: "2026-02-30", sourceUrl: "http://example.org/entrevista" },
          { ...FOUNDER_ROW, textEn: "x".repeat(601) },
        ],
      }),
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        "pressQuotes.0.roleEn": "quoteRole",
        "pressQuotes.0.date": "date",
        "pressQuotes.0.sourceUrl": "quoteUrl",
        "pressQuotes.1.textEn": "tooLong",
      },
    });
  });

  it("shows stored quotes as rows the form reads back unchanged", () => {
    const values = settingsToValues({ pressQuotes: [FOUNDER_QUOTE] });
    expect(values.pressQuotes).toEqual([{ ...FOUNDER_ROW, textEs: FOUNDER_QUOTE.text.es }]);
    const parsed = parseSettingsForm(values);
    expect(parsed.ok && parsed.updates.find((update) => update.key === "pressQuotes")?.value).toEqual([
      FOUNDER_QUOTE,
    ]);
  });

  it("offers blank rows after the stored quotes, up to the ten a setting holds", () => {
    expect(quoteRows([])).toEqual(Array(BLANK_QUOTE_ROWS).fill(blankQuote));
    const rows = quoteRows([FOUNDER_ROW, blankQuote, FOUNDER_ROW, blankQuote, blankQuote]);
    expect(rows).toEqual([FOUNDER_ROW, blankQuote, FOUNDER_ROW, ...Array(BLANK_QUOTE_ROWS).fill(blankQuote)]);
    expect(quoteRows(Array(9).fill(FOUNDER_ROW))).toHaveLength(10);
    expect(quoteRows(Array(10).fill(FOUNDER_ROW))).toHaveLength(10);
  });

  it("reads the quote rows a browser posts, blank inputs included", () => {
    const data = new FormData();
    for (const field of QUOTE_FIELDS) {
      data.set(`pressQuotes.0.${field}`, FOUNDER_ROW[field]);
      data.set(`pressQuotes.1.${field}`, "");
    }
    expect(formToValues(data).pressQuotes).toEqual([FOUNDER_ROW, blankQuote]);
  });
});
