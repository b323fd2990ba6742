import { describe, expect, it } from "vitest";
import {
  parseSettingsForm,
  SETTINGS_FIELDS,
  settingsToValues,
  type SettingsValues,
} from "@/lib/organizers/settings-form";

const empty = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, ""])) as SettingsValues;
const form = (values: Partial<SettingsValues>): SettingsValues => ({ ...empty, ...values });

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
