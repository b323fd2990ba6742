import { describe, expect, it } from "vitest";
import { calendarDay, campaignFormatter } from "@/i18n/format";

describe("the site's formatter", () => {
  it("groups Spanish numbers the Mexican way, not Spain's", () => {
    expect(campaignFormatter("es").number(1234)).toBe("1,234");
    expect(campaignFormatter("es").number(10000)).toBe("10,000");
    expect(campaignFormatter("en").number(10000)).toBe("10,000");
    expect(campaignFormatter("es").number(0.125, "percent")).toBe("12.5%");
  });

  it("stamps figures in Mexico City time", () => {
    const instant = new Date("2026-11-29T20:33:00.000Z");
    expect(campaignFormatter("en").dateTime(instant, "asOf")).toMatch(/^November 29, 2026 at 2:33\sPM$/);
    expect(campaignFormatter("es").dateTime(instant, "asOf")).toMatch(/^29 de noviembre de 2026.* 2:33/);
  });

  it("writes a calendar day as that day, whatever the time zone", () => {
    expect(campaignFormatter("es").dateTime(calendarDay("2026-12-01"), "longDay")).toBe(
      "1 de diciembre de 2026",
    );
    expect(campaignFormatter("en").dateTime(calendarDay("2026-12-01"), "mediumDay")).toBe("Dec 1, 2026");
  });
});
