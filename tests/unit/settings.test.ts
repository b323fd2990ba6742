import { describe, expect, it } from "vitest";
import {
  InvalidSettingError,
  isPetitionOpen,
  parseSettings,
  parseSettingValue,
  serializeSetting,
} from "@/lib/settings/schema";

describe("parseSettings", () => {
  it("reads every valid setting with its type", () => {
    const settings = parseSettings([
      { key: "target", value: "100000" },
      { key: "closesAt", value: '"2027-03-08"' },
      { key: "pressContact", value: '{"name":"Prensa","email":"prensa@example.org"}' },
      { key: "retentionPeriod", value: '{"months":12}' },
      { key: "supportLinks", value: '[{"label":"Línea de apoyo","url":"https://example.org/ayuda"}]' },
    ]);
    expect(settings).toEqual({
      target: 100000,
      closesAt: "2027-03-08",
      pressContact: { name: "Prensa", email: "prensa@example.org" },
      retentionPeriod: { months: 12 },
      supportLinks: [{ label: "Línea de apoyo", url: "https://example.org/ayuda" }],
    });
  });

  it("leaves out malformed, wrongly shaped and unknown settings", () => {
    const settings = parseSettings([
      { key: "target", value: "-5" },
      { key: "opensAt", value: "not json" },
      { key: "closesAt", value: '"8 de marzo"' },
      { key: "pressContact", value: '{"name":"Prensa","email":"no es correo"}' },
      { key: "privacyController", value: '{"name":"Asociación"}' },
      { key: "supportLinks", value: '[{"label":"Peligro","url":"javascript:alert(1)"}]' },
      { key: "colour", value: '"purple"' },
    ]);
    expect(settings).toEqual({});
  });

  it("rejects a target that is not a whole number", () => {
    expect(parseSettingValue("target", "1.5")).toBeUndefined();
    expect(parseSettingValue("target", '"100"')).toBeUndefined();
    expect(parseSettingValue("target", "0")).toBeUndefined();
  });
});

describe("serializeSetting", () => {
  it("returns the JSON text to store for a valid value", () => {
    expect(serializeSetting("target", 50000)).toBe("50000");
    expect(serializeSetting("privacyController", { name: "A", address: "B", email: "c@d.mx" })).toBe(
      '{"name":"A","address":"B","email":"c@d.mx"}',
    );
  });

  it("names the key and the field when a value is invalid", () => {
    expect(() => serializeSetting("pressContact", { name: "Prensa", email: "x" })).toThrow(
      /Setting "pressContact" is invalid at email/,
    );
    expect(() => serializeSetting("nope", 1)).toThrow(InvalidSettingError);
  });
});

describe("pressQuotes", () => {
  const quote = {
    text: { es: " Hay que crearlas. ", en: "We have to create them." },
    speaker: "Sandra Muñoz",
    date: "2026-03-08",
    source: { label: "Entrevista", url: "https://example.org/entrevista" },
  };

  it("stores quotes trimmed, with both languages, a calendar day and an https source", () => {
    expect(JSON.parse(serializeSetting("pressQuotes", [quote]))).toEqual([
      { ...quote, text: { es: "Hay que crearlas.", en: "We have to create them." } },
    ]);
  });

  it("refuses a quote missing a language, with a vague date, an http source or text past its limit", () => {
    for (const wrong of [
      { ...quote, text: { es: "Hay que crearlas." } },
      { ...quote, date: "marzo de 2026" },
      { ...quote, source: { label: "Entrevista", url: "http://example.org" } },
      { ...quote, text: { es: "x".repeat(601), en: "x" } },
      { ...quote, role: { es: "fundadora" } },
    ]) {
      expect(() => serializeSetting("pressQuotes", [wrong])).toThrow(InvalidSettingError);
    }
    expect(() => serializeSetting("pressQuotes", [])).toThrow(InvalidSettingError);
    expect(() => serializeSetting("pressQuotes", Array(11).fill(quote))).toThrow(InvalidSettingError);
  });

  it("reads a stored quote list of the wrong shape as no quotes", () => {
    expect(parseSettingValue("pressQuotes", '[{"text":"solo una cadena"}]')).toBeUndefined();
  });
});

describe("isPetitionOpen", () => {
  const now = new Date("2027-03-08T12:00:00-06:00");

  it("is open when no dates are set", () => {
    expect(isPetitionOpen({}, now)).toBe(true);
  });

  it("is closed before the opening date and after the closing day ends in Mexico City", () => {
    expect(isPetitionOpen({ opensAt: "2027-03-09" }, now)).toBe(false);
    expect(isPetitionOpen({ closesAt: "2027-03-08" }, now)).toBe(true);
    expect(isPetitionOpen({ closesAt: "2027-03-07" }, now)).toBe(false);
  });
});
