import { describe, expect, it } from "vitest";
import { toCsv, toOpenData } from "@/lib/stats/open-data";
import { mapLegend, mapLevel } from "@/lib/stats/map-scale";
import { progressToward, shapePublicStats, statesRepresented, type PublicStats } from "@/lib/stats/shape";

const now = new Date("2026-11-29T18:00:00Z");

describe("shapePublicStats", () => {
  it("splits the counter rows into total, states and countries, dropping zeros and unknown codes", () => {
    const stats = shapePublicStats(
      [
        { scope: "total", code: "all", count: 12 },
        { scope: "state", code: "JAL", count: 3 },
        { scope: "state", code: "CMX", count: 7 },
        { scope: "state", code: "OAX", count: 0 },
        { scope: "state", code: "DF", count: 2 },
        { scope: "country", code: "MX", count: 10 },
        { scope: "country", code: "ES", count: 2 },
        { scope: "country", code: "zz", count: 1 },
      ],
      [],
      now,
    );
    expect(stats).toEqual({
      total: 12,
      byState: { CMX: 7, JAL: 3 },
      byCountry: { ES: 2, MX: 10 },
      byDay: [],
      asOf: "2026-11-29T18:00:00.000Z",
    });
    expect(statesRepresented(stats)).toBe(2);
  });

  it("reads zero when the total row is missing", () => {
    expect(shapePublicStats([], [], now).total).toBe(0);
  });

  it("formats days as YYYY-MM-DD, oldest first", () => {
    const stats = shapePublicStats(
      [],
      [
        { day: new Date("2026-11-29T00:00:00Z"), count: 4 },
        { day: new Date("2026-11-27T00:00:00Z"), count: 1 },
      ],
      now,
    );
    expect(stats.byDay).toEqual([
      { day: "2026-11-27", count: 1 },
      { day: "2026-11-29", count: 4 },
    ]);
  });
});

describe("progressToward", () => {
  it("is the share of the target, never above one", () => {
    expect(progressToward(250, 1000)).toBe(0.25);
    expect(progressToward(1500, 1000)).toBe(1);
    expect(progressToward(10, 0)).toBe(0);
  });
});

const stats: PublicStats = {
  total: 5,
  byState: { CMX: 2, YUC: 1 },
  byCountry: { AR: 1, ES: 1, MX: 3 },
  byDay: [{ day: "2026-11-28", count: 5 }],
  asOf: "2026-11-29T18:00:00.000Z",
};

describe("open data", () => {
  it("lists all 32 states with zeros and countries by count", () => {
    const data = toOpenData(stats);
    expect(data.total).toBe(5);
    expect(data.statesRepresented).toBe(2);
    expect(data.byState).toHaveLength(32);
    expect(data.byState.find((state) => state.code === "CMX")).toEqual({
      code: "CMX",
      name: "Ciudad de México",
      count: 2,
    });
    expect(data.byState.find((state) => state.code === "ZAC")?.count).toBe(0);
    expect(data.byCountry).toEqual([
      { code: "MX", count: 3 },
      { code: "AR", count: 1 },
      { code: "ES", count: 1 },
    ]);
  });

  it("writes CSV with a header, one row per figure and CRLF line endings", () => {
    const csv = toCsv(stats);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("scope,key,name,count");
    expect(lines[1]).toBe("total,all,,5");
    expect(lines).toContain("state,CMX,Ciudad de México,2");
    expect(lines).toContain("country,MX,,3");
    expect(lines).toContain("day,2026-11-28,,5");
    expect(lines).toHaveLength(1 + 1 + 32 + 3 + 1 + 1);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("never carries personal fields", () => {
    const json = JSON.stringify(toOpenData(stats));
    for (const field of ["email", "ipHash", "showName", "signature"]) expect(json).not.toContain(field);
  });
});

describe("map shading", () => {
  it("gives zero its own shade and splits the rest into four steps", () => {
    expect(mapLevel(0, 100)).toBe(0);
    expect(mapLevel(1, 100)).toBe(1);
    expect(mapLevel(25, 100)).toBe(1);
    expect(mapLevel(26, 100)).toBe(2);
    expect(mapLevel(100, 100)).toBe(4);
    expect(mapLevel(5, 0)).toBe(0);
  });

  it("describes each shade's range without gaps, and every count falls in its range", () => {
    expect(mapLegend(100)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 25 },
      { level: 2, from: 26, to: 50 },
      { level: 3, from: 51, to: 75 },
      { level: 4, from: 76, to: 100 },
    ]);
    for (const max of [1, 2, 3, 7, 10]) {
      const legend = mapLegend(max);
      for (let count = 0; count <= max; count++) {
        const entry = legend.find((item) => item.level === mapLevel(count, max));
        expect(entry && count >= entry.from && count <= entry.to, `${count} of ${max}`).toBe(true);
      }
    }
  });
});
