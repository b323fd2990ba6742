import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMexicanStateCode, MEXICAN_STATES, mexicanStateName } from "@/lib/geo/mexican-states";

describe("MEXICAN_STATES", () => {
  it("lists the 32 federal entities once each", () => {
    const codes = MEXICAN_STATES.map((state) => state.code);
    expect(codes).toHaveLength(32);
    expect(new Set(codes).size).toBe(32);
  });

  it("uses exactly the codes the signature table accepts", () => {
    const sql = readFileSync("prisma/migrations/20261129010000_signatures/migration.sql", "utf8");
    const allowed = [...sql.matchAll(/'([A-Z]{3})'/g)].map((match) => match[1]).sort();
    expect(MEXICAN_STATES.map((state) => state.code).sort()).toEqual(allowed);
  });

  it("recognizes state codes and rejects anything else", () => {
    expect(isMexicanStateCode("CMX")).toBe(true);
    expect(isMexicanStateCode("cmx")).toBe(false);
    expect(isMexicanStateCode("DIF")).toBe(false);
    expect(isMexicanStateCode(undefined)).toBe(false);
  });

  it("names a state in the visitor's language", () => {
    expect(mexicanStateName("CMX", "es")).toBe("Ciudad de México");
    expect(mexicanStateName("CMX", "en")).toBe("Mexico City");
    expect(mexicanStateName("MEX", "en")).toBe("State of Mexico");
    expect(mexicanStateName("XXX", "es")).toBeUndefined();
  });
});
