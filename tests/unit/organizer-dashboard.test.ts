import { describe, expect, it } from "vitest";
import { keepTop, mostFirst } from "@/lib/organizers/dashboard-breakdown";
import { labelIndexes, niceTicks } from "@/lib/organizers/dashboard-chart";
import {
  addDays,
  chartBars,
  chartWindow,
  dayCount,
  fillDays,
  MAX_CHART_DAYS,
  MAX_DAILY_BARS,
  weekStart,
} from "@/lib/organizers/dashboard-days";
import { campaignDay } from "@/lib/campaign-time";
import { ALL_TIME } from "@/lib/organizers/date-range";

describe("niceTicks", () => {
  it("covers the tallest bar with round, evenly spaced whole numbers", () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(48_000)).toEqual([0, 20_000, 40_000, 60_000]);
  });

  it("never steps by a fraction of a signature", () => {
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(5)).toEqual([0, 2, 4, 6]);
  });

  it("still draws an axis when every day is zero", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("always ends at or above the maximum, with at most a handful of lines", () => {
    for (let max = 1; max < 5000; max += 37) {
      const ticks = niceTicks(max);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe("labelIndexes", () => {
  it("labels every bar when there are few", () => {
    expect(labelIndexes(3)).toEqual([0, 1, 2]);
    expect(labelIndexes(4)).toEqual([0, 1, 2, 3]);
  });

  it("spaces at most four labels evenly, starting with the first day", () => {
    expect(labelIndexes(10)).toEqual([0, 3, 6, 9]);
    expect(labelIndexes(30)).toEqual([0, 8, 16, 24]);
    expect(labelIndexes(366).length).toBeLessThanOrEqual(4);
  });

  it("labels nothing when there are no bars", () => {
    expect(labelIndexes(0)).toEqual([]);
  });
});

describe("day arithmetic", () => {
  it("reads the calendar day in Mexico City, not in UTC", () => {
    expect(campaignDay(new Date("2026-11-30T05:59:00Z"))).toBe("2026-11-29");
    expect(campaignDay(new Date("2026-11-30T06:00:00Z"))).toBe("2026-11-30");
  });

  it("adds and counts days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(dayCount("2026-11-01", "2026-11-30")).toBe(30);
    expect(dayCount("2026-11-05", "2026-11-05")).toBe(1);
    expect(dayCount("2026-11-05", "2026-11-04")).toBe(0);
  });
});

describe("chartWindow", () => {
  const today = "2026-11-29";

  it("draws the range as asked", () => {
    expect(chartWindow({ from: "2026-11-01", to: "2026-11-10" }, "2026-11-03", today)).toEqual({
      from: "2026-11-01",
      to: "2026-11-10",
      truncated: false,
    });
  });

  it("starts at the first confirmation and ends today when the range is open", () => {
    expect(chartWindow(ALL_TIME, "2026-11-20", today)).toEqual({
      from: "2026-11-20",
      to: today,
      truncated: false,
    });
    expect(chartWindow({ from: "2026-11-25", to: "2027-06-01" }, null, today)).toEqual({
      from: "2026-11-25",
      to: today,
      truncated: false,
    });
  });

  it("has nothing to draw without a start or for a range in the future", () => {
    expect(chartWindow(ALL_TIME, null, today)).toBeNull();
    expect(chartWindow({ from: "2027-01-01", to: null }, null, today)).toBeNull();
  });

  it("keeps only the last year of a longer range", () => {
    const window = chartWindow({ from: "2020-01-01", to: null }, "2020-01-01", today);
    expect(window).toEqual({ from: addDays(today, 1 - MAX_CHART_DAYS), to: today, truncated: true });
    expect(dayCount(window!.from, window!.to)).toBe(MAX_CHART_DAYS);
  });
});

describe("fillDays", () => {
  it("gives every day of the window, zero where nothing was counted", () => {
    const counts = new Map([
      ["2026-11-27", 4],
      ["2026-11-30", 2],
      ["2026-12-05", 9],
    ]);
    expect(fillDays(counts, { from: "2026-11-28", to: "2026-12-01" })).toEqual([
      { day: "2026-11-28", count: 0 },
      { day: "2026-11-29", count: 0 },
      { day: "2026-11-30", count: 2 },
      { day: "2026-12-01", count: 0 },
    ]);
  });
});

describe("chartBars", () => {
  /** `length` consecutive days from `from`, the nth counting n + 1. */
  const daysFrom = (from: string, length: number) =>
    Array.from({ length }, (_, index) => ({ day: addDays(from, index), count: index + 1 }));
  const sum = (counts: { count: number }[]) => counts.reduce((total, { count }) => total + count, 0);

  it("knows the Monday of any day's week", () => {
    expect(weekStart("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(weekStart("2026-12-06")).toBe("2026-11-30"); // the Sunday after it
    expect(weekStart("2026-12-01")).toBe("2026-11-30");
    expect(weekStart("2027-01-01")).toBe("2026-12-28"); // across the new year
  });

  it("draws a bar per day up to about a quarter", () => {
    const days = daysFrom("2026-09-01", MAX_DAILY_BARS);
    const { unit, bars } = chartBars(days);
    expect(unit).toBe("day");
    expect(bars).toHaveLength(MAX_DAILY_BARS);
    expect(bars[0]).toEqual({ from: "2026-09-01", to: "2026-09-01", count: 1 });
  });

  it("draws a longer window by week, Monday to Sunday, with the edge weeks cut to the window", () => {
    // Wednesday 2 September 2026 to Friday 4 December 2026: 94 days.
    const days = daysFrom("2026-09-02", 94);
    const { unit, bars } = chartBars(days);
    expect(unit).toBe("week");
    expect(bars[0]).toEqual({ from: "2026-09-02", to: "2026-09-06", count: 1 + 2 + 3 + 4 + 5 });
    expect(bars[1]).toMatchObject({ from: "2026-09-07", to: "2026-09-13" });
    expect(bars.at(-1)).toMatchObject({ from: "2026-11-30", to: "2026-12-04" });
    expect(bars).toHaveLength(1 + 12 + 1);
    // Every day is in exactly one bar: the bars add up to the window.
    expect(sum(bars)).toBe(sum(days));
    expect(bars.slice(1, -1).every((bar) => dayCount(bar.from, bar.to) === 7)).toBe(true);
  });

  it("keeps a year to at most 54 bars", () => {
    const { unit, bars } = chartBars(daysFrom("2025-12-01", MAX_CHART_DAYS));
    expect(unit).toBe("week");
    expect(bars.length).toBeLessThanOrEqual(54);
  });
});

describe("breakdown rows", () => {
  it("sorts most signatures first, ties by key, with no source last", () => {
    const rows = [
      { key: null, count: 3 },
      { key: "whatsapp", count: 3 },
      { key: "boletin", count: 3 },
      { key: "x", count: 8 },
    ];
    expect(rows.sort(mostFirst).map((row) => row.key)).toEqual(["x", "boletin", "whatsapp", null]);
  });

  it("keeps the first rows and sums the rest", () => {
    const rows = [5, 4, 3, 2, 1].map((count) => ({ key: `s${count}`, count }));
    expect(keepTop(rows, 2)).toEqual({ shown: rows.slice(0, 2), rest: { keys: 3, count: 6 } });
    expect(keepTop(rows, 10)).toEqual({ shown: rows, rest: { keys: 0, count: 0 } });
  });
});
