import { describe, expect, it } from "vitest";
import { canonicalEmail, normalizeText } from "@/lib/petition/normalize";
import { parseSignature } from "@/lib/petition/schema";

const valid = {
  name: "  Ana   María\tLópez ",
  email: " Ana.Lopez@Example.ORG ",
  residence: "JAL",
  country: "",
  privacyConsent: "on",
};

function errorsOf(input: Record<string, unknown>) {
  const result = parseSignature(input);
  return result.success ? {} : result.fieldErrors;
}

describe("normalization", () => {
  it("trims, collapses white space and applies NFC", () => {
    expect(normalizeText("  Jose\u0301   Pe\u0301rez \n")).toBe("José Pérez");
    expect(normalizeText("  José  ").normalize("NFC")).toBe("José");
  });

  it("drops +tags and gmail dots from the de-duplication key, nothing else", () => {
    expect(canonicalEmail("Ana.Lopez+petition@GMail.com")).toBe("analopez@gmail.com");
    expect(canonicalEmail("a.n.a@googlemail.com")).toBe("ana@gmail.com");
    expect(canonicalEmail("ana.lopez+x@example.org")).toBe("ana.lopez@example.org");
    expect(canonicalEmail("Ana@Example.org")).toBe("ana@example.org");
  });
});

describe("the signature schema", () => {
  it("accepts a Mexican resident and normalizes name and email", () => {
    const result = parseSignature(valid);
    expect(result).toEqual({
      success: true,
      data: {
        name: "Ana María López",
        email: "ana.lopez@example.org",
        countryCode: "MX",
        stateCode: "JAL",
        privacyConsent: true,
        showName: false,
        wantsUpdates: false,
      },
    });
  });

  it("accepts a resident abroad with a country and no state", () => {
    const result = parseSignature({ ...valid, residence: "abroad", country: "ca", showName: "on" });
    expect(result.success && result.data).toMatchObject({
      countryCode: "CA",
      stateCode: null,
      showName: true,
    });
  });

  it.each([
    [{ name: "" }, "name", "nameRequired"],
    [{ name: "A" }, "name", "nameTooShort"],
    [{ name: "x".repeat(101) }, "name", "nameTooLong"],
    [{ name: "Ana\u202Etxet" }, "name", "nameInvalidCharacters"],
    [{ name: "Ana\u200BLópez" }, "name", "nameInvalidCharacters"],
    [{ name: "Ana\u0007" }, "name", "nameInvalidCharacters"],
    [{ name: "Visit https://spam.example" }, "name", "nameHasUrl"],
    [{ name: "cheap-pills.com" }, "name", "nameHasUrl"],
    [{ name: "12345" }, "name", "nameInvalid"],
    [{ email: "" }, "email", "emailRequired"],
    [{ email: "ana@" }, "email", "emailInvalid"],
    [{ email: `${"a".repeat(250)}@example.org` }, "email", "emailTooLong"],
    [{ residence: "" }, "residence", "residenceRequired"],
    [{ residence: "XYZ" }, "residence", "residenceRequired"],
    [{ residence: "abroad", country: "" }, "country", "countryRequired"],
    [{ residence: "abroad", country: "MX" }, "country", "countryRequired"],
    [{ residence: "abroad", country: "ZZ" }, "country", "countryRequired"],
    [{ privacyConsent: undefined }, "privacyConsent", "consentRequired"],
  ])("rejects %j with %s: %s", (change, field, key) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: key });
  });

  it("reports every field's error at once, a missing country among them", () => {
    expect(
      errorsOf({ ...valid, name: "x".repeat(101), email: "ana@", residence: "abroad", country: "" }),
    ).toEqual({
      name: "nameTooLong",
      email: "emailInvalid",
      country: "countryRequired",
    });
  });

  it.each([
    [
      "a residence longer than any state code",
      { residence: `JAL${" ".repeat(20)}` },
      "residence",
      "residenceRequired",
    ],
    [
      "a country longer than any country code",
      { residence: "abroad", country: `CA${" ".repeat(20)}` },
      "country",
      "countryRequired",
    ],
  ])("rejects %s", (_, change, field, key) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: key });
  });

  it("keeps names with accents, apostrophes, hyphens and initials", () => {
    for (const name of ["María-José O'Connor", "J. R. Núñez", "Xóchitl Gálvez", "Nguyễn Thị"]) {
      expect(parseSignature({ ...valid, name }).success, name).toBe(true);
    }
  });

  it("ignores fields it does not know and non-string values", () => {
    expect(errorsOf({ ...valid, name: 42, extra: "x" })).toEqual({ name: "nameRequired" });
  });
});
