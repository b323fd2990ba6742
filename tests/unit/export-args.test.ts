import { describe, expect, it } from "vitest";
import { parseExportArgs } from "@/lib/organizers/exports/cli-args";
import { exportFilename, exportName, parseExportRequest } from "@/lib/organizers/exports/request";

describe("npm run export options", () => {
  it("reads a counts export with every option", () => {
    expect(
      parseExportArgs([
        "--by",
        "state",
        "--format",
        "json",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--output",
        "out.json",
      ]),
    ).toEqual({
      action: "export",
      request: {
        kind: "counts",
        dimension: "state",
        format: "json",
        range: { from: "2026-01-01", to: "2026-12-31" },
      },
      output: "out.json",
    });
  });

  it("defaults to CSV, every day and standard output", () => {
    expect(parseExportArgs(["--by=day"])).toEqual({
      action: "export",
      request: { kind: "counts", dimension: "day", format: "csv", range: { from: null, to: null } },
      output: null,
    });
  });

  it("reads a public names export, with place names in Spanish unless asked otherwise", () => {
    expect(parseExportArgs(["--public-names", "--from", "2026-02-01"])).toMatchObject({
      action: "export",
      request: { kind: "public-names", language: "es", range: { from: "2026-02-01", to: null } },
    });
    expect(parseExportArgs(["--public-names", "--lang", "en", "-o", "names.csv"])).toMatchObject({
      request: { language: "en" },
      output: "names.csv",
    });
  });

  it("asks for help", () => {
    expect(parseExportArgs(["--help"])).toEqual({ action: "help" });
    expect(parseExportArgs(["-h"])).toEqual({ action: "help" });
  });

  it.each([
    [[], /--by <dimension> or --public-names/],
    [["--by", "email"], /--by must be one of day, state, country, language, source/],
    [["--by", "state", "--format", "xlsx"], /--format must be csv or json/],
    [["--by", "state", "--from", "2026-13-01"], /dates such as/],
    [["--by", "state", "--from", "2026-12-31", "--to", "2026-01-01"], /--from must not be after --to/],
    [["--public-names", "--by", "state"], /no --by or --format/],
    [["--public-names", "--lang", "fr"], /--lang must be es or en/],
    [["--by", "state", "--lang", "en"], /--lang applies to --public-names only/],
    [["--by", "state", "--output", ""], /--output needs a file name/],
    [["--by", "state", "--emails"], /Unknown option '--emails'/],
    [["--by"], /argument missing/],
    [["state"], /Unexpected argument 'state'/],
  ])("rejects %j with a message", (args, message) => {
    const parsed = parseExportArgs(args);
    expect(parsed.action).toBe("error");
    expect(parsed.action === "error" && parsed.message).toMatch(message);
  });
});

describe("export requests from a query string", () => {
  it("treats empty form fields as absent", () => {
    expect(parseExportRequest("counts", { by: "country", format: "", from: "", to: "" })).toEqual({
      request: { kind: "counts", dimension: "country", format: "csv", range: { from: null, to: null } },
    });
  });

  it("names the export and its file after what and which days", () => {
    const counts = { kind: "counts", dimension: "state", format: "csv" } as const;
    expect(exportName({ ...counts, range: { from: null, to: null } })).toBe("counts-by-state.csv");
    expect(exportFilename({ ...counts, range: { from: "2026-01-01", to: "2026-12-31" } })).toBe(
      "budapestconventionmx-counts-by-state-2026-01-01-to-2026-12-31.csv",
    );
    expect(
      exportFilename({ kind: "public-names", language: "es", range: { from: "2026-01-01", to: null } }),
    ).toBe("budapestconventionmx-public-names-from-2026-01-01.csv");
    expect(exportFilename({ ...counts, format: "json", range: { from: null, to: "2026-12-31" } })).toBe(
      "budapestconventionmx-counts-by-state-until-2026-12-31.json",
    );
    expect(exportFilename({ ...counts, range: { from: null, to: null } })).toBe(
      "budapestconventionmx-counts-by-state-all-time.csv",
    );
  });
});
