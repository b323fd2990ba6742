import { describe, expect, it } from "vitest";
import { campaignDay, endOfCampaignDay, startOfCampaignDay } from "@/lib/campaign-time";

describe("the campaign's clock", () => {
  it("starts and ends a campaign day at Mexico City's midnights (UTC−6 since 2022)", () => {
    expect(startOfCampaignDay("2026-12-01")).toEqual(new Date("2026-12-01T00:00:00.000-06:00"));
    expect(endOfCampaignDay("2026-12-01")).toEqual(new Date("2026-12-01T23:59:59.999-06:00"));
    expect(campaignDay(startOfCampaignDay("2026-12-01")!)).toBe("2026-12-01");
    expect(campaignDay(endOfCampaignDay("2026-12-01")!)).toBe("2026-12-01");
  });

  it("follows the old summer time for days before Mexico abolished it", () => {
    expect(startOfCampaignDay("2021-07-01")).toEqual(new Date("2021-07-01T00:00:00.000-05:00"));
  });

  it("refuses a day that does not exist", () => {
    expect(startOfCampaignDay("2026-02-30")).toBeNull();
    expect(endOfCampaignDay("2026-13-01")).toBeNull();
  });
});
