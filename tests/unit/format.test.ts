import { describe, expect, it } from "vitest";
import { formatAsOf, formatNumber } from "@/i18n/format";

describe("number and date formats", () => {
  it("groups Spanish numbers the Mexican way, not Spain's", () => {
    expect(formatNumber(1234, "es")).toBe("1,234");
    expect(formatNumber(10000, "es")).toBe("10,000");
    expect(formatNumber(10000, "en")).toBe("10,000");
  });

  it("stamps figures in Mexico City time", () => {
    expect(formatAsOf("2026-11-29T20:33:00.000Z", "en")).toMatch(/^November 29, 2026 at 2:33\sPM$/);
    expect(formatAsOf("2026-11-29T20:33:00.000Z", "es")).toMatch(/^29 de noviembre de 2026.* 2:33/);
  });
});
