// A hostile client can post a field of any length. These tests hold every check of the
// petition form to linear work: a megabyte-long field must cost about what a short one
// does. The one-second limits are a guard against quadratic work (the slow patterns took
// minutes on a megabyte), a hundredfold margin, not a speed target.
import { describe, expect, it } from "vitest";
import {
  canonicalEmail,
  hasForbiddenCharacters,
  hasLetter,
  looksLikeUrl,
  normalizeEmail,
  normalizeText,
} from "@/lib/petition/normalize";
import { NAME_MAX_LENGTH, parseSignature, signatureSchema } from "@/lib/petition/schema";

const MEGABYTE = 1_000_000;
const ONE_SECOND = 1_000;

const valid = {
  name: "Ana María López",
  email: "ana.lopez@example.org",
  residence: "JAL",
  country: "",
  privacyConsent: "on",
};

/** The function's result and how long it took, in milliseconds. */
function timed<T>(run: () => T): { result: T; milliseconds: number } {
  const start = performance.now();
  const result = run();
  return { result, milliseconds: performance.now() - start };
}

/** Every issue the schema reports for one field, not only the first that the form shows. */
function issuesOf(field: string, input: Record<string, unknown>) {
  const result = signatureSchema.safeParse({ ...valid, ...input });
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

describe("parseSignature with a 1,000,000-character field", () => {
  it.each([
    ["name of letters", "name", { name: "a".repeat(MEGABYTE) }, "nameTooLong"],
    ["name of spaces", "name", { name: `a${" ".repeat(MEGABYTE)}b` }, "nameTooLong"],
    ["name of URL-like words", "name", { name: "a.".repeat(MEGABYTE / 2) }, "nameTooLong"],
    ["email", "email", { email: `${"a".repeat(MEGABYTE)}@example.org` }, "emailTooLong"],
    ["residence", "residence", { residence: "abroad".repeat(MEGABYTE / 6) }, "residenceRequired"],
    ["country", "country", { residence: "abroad", country: `CA${" ".repeat(MEGABYTE)}X` }, "countryRequired"],
  ])("refuses a long %s with its own error, in well under a second", (_, field, change, key) => {
    const { result, milliseconds } = timed(() => parseSignature({ ...valid, ...change }));
    expect(result).toEqual({ success: false, fieldErrors: { [field]: key } });
    expect(milliseconds).toBeLessThan(ONE_SECOND);
  });

  it("refuses every long field at once, in well under a second", () => {
    const long = "x".repeat(MEGABYTE);
    const { result, milliseconds } = timed(() =>
      parseSignature({ name: long, email: long, residence: long, country: long, privacyConsent: long }),
    );
    expect(result).toEqual({
      success: false,
      fieldErrors: {
        name: "nameTooLong",
        email: "emailTooLong",
        residence: "residenceRequired",
        privacyConsent: "consentRequired",
      },
    });
    expect(milliseconds).toBeLessThan(ONE_SECOND);
  });

  it("accepts a name padded with white space to four times its maximum, and no more", () => {
    const padded = (length: number) => `Ana${" ".repeat(length - "AnaLópez".length)}López`;
    expect(parseSignature({ ...valid, name: padded(NAME_MAX_LENGTH * 4) })).toMatchObject({
      success: true,
      data: { name: "Ana López" },
    });
    expect(parseSignature({ ...valid, name: padded(NAME_MAX_LENGTH * 4 + 1) })).toEqual({
      success: false,
      fieldErrors: { name: "nameTooLong" },
    });
  });
});

describe("the checks after a failed length check", () => {
  it("do not run on a name that is too long", () => {
    expect(issuesOf("name", { name: `https://spam.example ${"x".repeat(100)}` })).toEqual(["nameTooLong"]);
    expect(issuesOf("name", { name: `\u202E${"1".repeat(500)}` })).toEqual(["nameTooLong"]);
  });

  it("do not run on an email that is too long", () => {
    expect(issuesOf("email", { email: `${"a".repeat(250)}\u200B@example.org` })).toEqual(["emailTooLong"]);
  });
});

describe("the patterns on 1,000,000 characters", () => {
  it.each([
    ["letters", "a".repeat(MEGABYTE)],
    ['"a." repeated', "a.".repeat(MEGABYTE / 2)],
    ['"a-" repeated', "a-".repeat(MEGABYTE / 2)],
    ["accented letters", "é".repeat(MEGABYTE)],
    ['"a:/" repeated', "a:/".repeat(MEGABYTE / 3)],
    ['"ww." repeated', "ww.".repeat(MEGABYTE / 3)],
  ])("looksLikeUrl finds no URL in %s, in well under a second", (_, text) => {
    const { result, milliseconds } = timed(() => looksLikeUrl(text));
    expect(result).toBe(false);
    expect(milliseconds).toBeLessThan(ONE_SECOND);
  });

  it("looksLikeUrl finds a URL at the end of 1,000,000 letters, in well under a second", () => {
    const { result, milliseconds } = timed(() => looksLikeUrl(`${"a".repeat(MEGABYTE)}.com`));
    expect(result).toBe(true);
    expect(milliseconds).toBeLessThan(ONE_SECOND);
  });

  it.each([
    ["normalizeText", () => normalizeText(` a\t\n`.repeat(MEGABYTE / 4)).length, MEGABYTE / 2 - 1],
    ["normalizeEmail", () => normalizeEmail(" A".repeat(MEGABYTE / 2)).length, MEGABYTE - 1],
    ["canonicalEmail", () => canonicalEmail(`${"a.+".repeat(MEGABYTE / 3)}@gmail.com`), "a@gmail.com"],
    ["hasForbiddenCharacters", () => hasForbiddenCharacters("a".repeat(MEGABYTE)), false],
    ["hasLetter", () => hasLetter("1".repeat(MEGABYTE)), false],
  ])("%s reads them in well under a second", (_, run, expected) => {
    const { result, milliseconds } = timed<unknown>(run);
    expect(result).toBe(expected);
    expect(milliseconds).toBeLessThan(ONE_SECOND);
  });
});

describe("URL detection", () => {
  it.each([
    "www.x",
    "http://x",
    "https://spam.example/ruta?x=1",
    "HTTPS://SPAM.EXAMPLE",
    "ejemplo.com",
    "mi-sitio.mx",
    "Ana ejemplo.com.mx",
    "Visita tienda.online hoy",
  ])("flags %j", (text) => {
    expect(looksLikeUrl(text)).toBe(true);
  });

  it.each([
    "María José Pérez-Ortiz",
    "O'Brien",
    "Dr. Juan",
    "J. R. Núñez",
    "Ma. Guadalupe Ríos",
    "Nguyễn Thị Minh",
    "Xóchitl Gálvez",
    "Ana Co. López",
  ])("does not flag the name %j", (name) => {
    expect(looksLikeUrl(name)).toBe(false);
  });
});

describe("country codes", () => {
  it("upper-cases ASCII letters only, so no other letter can turn into a real code", () => {
    const abroad = { name: "Ana López", email: "ana@example.org", residence: "abroad", privacyConsent: "on" };
    expect(parseSignature({ ...abroad, country: "ß" })).toMatchObject({ success: false });
    expect(parseSignature({ ...abroad, country: "ıt" })).toMatchObject({ success: false });
    expect(parseSignature({ ...abroad, country: "it" })).toMatchObject({
      success: true,
      data: { countryCode: "IT" },
    });
  });
});
