import { describe, expect, it } from "vitest";
import { ALL_TIME, parseDateRange } from "@/lib/organizers/date-range";

describe("parseDateRange", () => {
  it("reads both ends, either end, or neither", () => {
    expect(parseDateRange({ from: "2026-12-01", to: "2027-01-31" })).toEqual({
      range: { from: "2026-12-01", to: "2027-01-31" },
    });
    expect(parseDateRange({ from: " 2026-12-01 ", to: "" })).toEqual({
      range: { from: "2026-12-01", to: null },
    });
    expect(parseDateRange({ to: ["2027-01-31", "2027-02-28"] })).toEqual({
      range: { from: null, to: "2027-01-31" },
    });
    expect(parseDateRange({})).toEqual({ range: ALL_TIME });
  });

  it("falls back to the whole period with a message key for anything malformed", () => {
    for (const from of [
      "2026-13-01",
      "2026-02-30",
      "yesterday",
      "0000-01-01",
      "1999-12-31",
      "2101-01-01",
      "<script>",
    ]) {
      expect(parseDateRange({ from })).toEqual({ range: ALL_TIME, error: "invalidDate" });
    }
    expect(parseDateRange({ from: "2027-01-02", to: "2027-01-01" })).toEqual({
      range: ALL_TIME,
      error: "reversed",
    });
  });
});
