import { describe, expect, it } from "vitest";
import { parseCampaignDateTime, toCampaignDateTimeInput } from "@/lib/campaign-time";
import { EMPTY_CRITERION, parseCriterion, type CriterionValues } from "@/lib/organizers/abuse/criterion";
import {
  DOMAIN_THRESHOLD,
  WEBMAIL_DOMAIN_THRESHOLD,
  isWebmailDomain,
} from "@/lib/organizers/abuse/thresholds";

const HASH = "0123456789abcdef".repeat(4);

function parse(values: Partial<CriterionValues>) {
  return parseCriterion({ ...EMPTY_CRITERION, ...values });
}

function errorsOf(values: Partial<CriterionValues>) {
  const result = parse(values);
  return result.success ? {} : result.fieldErrors;
}

describe("invalidation criterion", () => {
  it("requires at least one criterion", () => {
    expect(errorsOf({})).toEqual({ criterion: "criterionRequired" });
    expect(errorsOf({ emailDomain: "   " })).toEqual({ criterion: "criterionRequired" });
  });

  it("reads a domain as matched: trimmed, lower-case, without a leading @", () => {
    expect(parse({ emailDomain: "  @Mail.Example.ORG " })).toEqual({
      success: true,
      criterion: { emailDomain: "mail.example.org", ipHash: null, signedFrom: null, signedUntil: null },
    });
  });

  it.each([
    "example",
    "ana@example.org",
    "https://example.org",
    "exa mple.org",
    "-example.org",
    "example.c0m",
  ])("rejects %j as a domain", (emailDomain) => {
    expect(errorsOf({ emailDomain })).toEqual({ emailDomain: "domainInvalid" });
  });

  it("takes a network fingerprint of 64 hexadecimal characters in either case", () => {
    const result = parse({ ipHash: ` ${HASH.toUpperCase()} ` });
    expect(result.success && result.criterion.ipHash).toBe(HASH);
    expect(errorsOf({ ipHash: HASH.slice(1) })).toEqual({ ipHash: "ipHashInvalid" });
    expect(errorsOf({ ipHash: `${HASH.slice(1)}g` })).toEqual({ ipHash: "ipHashInvalid" });
  });

  it("reads times on Mexico City's clock", () => {
    const result = parse({ signedFrom: "2026-11-29T14:30", signedUntil: "2026-11-29T15:00:30" });
    expect(result.success && result.criterion.signedFrom?.toISOString()).toBe("2026-11-29T20:30:00.000Z");
    expect(result.success && result.criterion.signedUntil?.toISOString()).toBe("2026-11-29T21:00:30.000Z");
  });

  it("rejects times that do not exist or are not written as the date-and-time field sends them", () => {
    for (const signedFrom of [
      "2026-02-30T10:00",
      "2026-11-29T24:00",
      "2026-11-29 14:30",
      "29/11/2026 14:30",
      "ayer",
    ]) {
      expect(errorsOf({ signedFrom })).toEqual({ signedFrom: "dateInvalid" });
    }
  });

  it("rejects a span that ends before or when it starts", () => {
    expect(errorsOf({ signedFrom: "2026-11-29T15:00", signedUntil: "2026-11-29T14:00" })).toEqual({
      signedUntil: "rangeReversed",
    });
    expect(errorsOf({ signedFrom: "2026-11-29T15:00", signedUntil: "2026-11-29T15:00" })).toEqual({
      signedUntil: "rangeReversed",
    });
  });

  it("combines every part given and reports each bad field at once", () => {
    const result = parse({ emailDomain: "example.org", ipHash: HASH, signedFrom: "2026-11-29T14:00" });
    expect(result).toEqual({
      success: true,
      criterion: {
        emailDomain: "example.org",
        ipHash: HASH,
        signedFrom: new Date("2026-11-29T20:00:00Z"),
        signedUntil: null,
      },
    });
    expect(errorsOf({ emailDomain: "nope", ipHash: "abc", signedUntil: "later" })).toEqual({
      emailDomain: "domainInvalid",
      ipHash: "ipHashInvalid",
      signedUntil: "dateInvalid",
    });
  });
});

describe("Mexico City time", () => {
  it("follows the daylight saving time Mexico City kept until 2022", () => {
    expect(parseCampaignDateTime("2022-07-01T12:00")?.toISOString()).toBe("2022-07-01T17:00:00.000Z");
    expect(parseCampaignDateTime("2023-07-01T12:00")?.toISOString()).toBe("2023-07-01T18:00:00.000Z");
  });

  it("writes an instant back as the date-and-time field shows it", () => {
    expect(toCampaignDateTimeInput(new Date("2026-11-30T03:05:59Z"))).toBe("2026-11-29T21:05");
    const typed = "2026-01-01T00:00";
    expect(toCampaignDateTimeInput(parseCampaignDateTime(typed)!)).toBe(typed);
  });
});

describe("signal thresholds", () => {
  it("holds big webmail providers to a much higher threshold than other domains", () => {
    expect(isWebmailDomain("GMail.com")).toBe(true);
    expect(isWebmailDomain("prodigy.net.mx")).toBe(true);
    expect(isWebmailDomain("unam.mx")).toBe(false);
    expect(WEBMAIL_DOMAIN_THRESHOLD).toBeGreaterThanOrEqual(10 * DOMAIN_THRESHOLD);
  });
});
