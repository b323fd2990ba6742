import { describe, expect, it } from "vitest";
import { countsCsvWriter, countsJsonWriter } from "@/lib/organizers/exports/counts";
import { csvCell, csvLine } from "@/lib/organizers/exports/csv";
import { publicNamesCsvWriter } from "@/lib/organizers/exports/public-names";

describe("CSV cells", () => {
  it("quotes every text cell and doubles the quotes inside it", () => {
    expect(csvCell("Ana López")).toBe('"Ana López"');
    expect(csvCell('Ana "la Jefa" López')).toBe('"Ana ""la Jefa"" López"');
    expect(csvCell("López, Ana")).toBe('"López, Ana"');
    expect(csvCell("Ana\nLópez")).toBe('"Ana\nLópez"');
    expect(csvCell("")).toBe('""');
  });

  it("writes numbers bare and null as an empty cell", () => {
    expect(csvCell(12)).toBe("12");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(null)).toBe("");
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+1", `"'+1"`],
    ["-2", `"'-2"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\t=1+1", `"'\t=1+1"`],
    ["\r=1+1", `"'\r=1+1"`],
    ['=1+1,"x"\n', `"'=1+1,""x""\n"`],
  ])("neutralizes %j, which a spreadsheet would run as a formula", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves text that only contains formula characters later on alone", () => {
    expect(csvCell("Ana-María")).toBe('"Ana-María"');
    expect(csvCell("ana@example.org")).toBe('"ana@example.org"');
    expect(csvCell(" =1")).toBe('" =1"');
  });

  it("ends every line with CRLF", () => {
    expect(csvLine(["JAL", 12, null])).toBe('"JAL",12,\r\n');
  });
});

describe("export writers", () => {
  const write = <Row>(writer: { head: string; row: (row: Row) => string; tail: () => string }, rows: Row[]) =>
    writer.head + rows.map(writer.row).join("") + writer.tail();

  it("writes counts as CSV with a byte-order mark and the dimension in the header", () => {
    const csv = write(countsCsvWriter("source"), [
      { key: "=cmd|' /C calc'!A0", confirmed: 3 },
      { key: null, confirmed: 2 },
    ]);
    expect(csv).toBe(`\uFEFF"source","confirmed"\r\n"'=cmd|' /C calc'!A0",3\r\n,2\r\n`);
  });

  it("writes counts as one JSON document describing itself, with a total", () => {
    const json = write(
      countsJsonWriter({
        dimension: "state",
        range: { from: null, to: "2026-12-01" },
        generatedAt: new Date("2026-12-02T00:00:00Z"),
      }),
      [
        { key: "JAL", confirmed: 12 },
        { key: null, confirmed: 3 },
      ],
    );
    expect(JSON.parse(json)).toEqual({
      dimension: "state",
      from: null,
      to: "2026-12-01",
      timeZone: "America/Mexico_City",
      generatedAt: "2026-12-02T00:00:00.000Z",
      rows: [
        { key: "JAL", confirmed: 12 },
        { key: null, confirmed: 3 },
      ],
      total: 15,
    });
  });

  it("writes an empty JSON list when nothing matches", () => {
    const writer = countsJsonWriter({
      dimension: "day",
      range: { from: null, to: null },
      generatedAt: new Date(0),
    });
    expect(JSON.parse(write(writer, []))).toMatchObject({ rows: [], total: 0 });
  });

  it("writes public names with the state, or the country outside Mexico, in the chosen language", () => {
    const rows = [
      { name: "Ana", countryCode: "MX", stateCode: "CMX", confirmedOn: "2026-03-08" },
      { name: "Luis", countryCode: "DE", stateCode: null, confirmedOn: "2026-03-09" },
    ];
    expect(write(publicNamesCsvWriter("es"), rows)).toBe(
      '\uFEFF"name","place","confirmed_on"\r\n"Ana","Ciudad de México","2026-03-08"\r\n"Luis","Alemania","2026-03-09"\r\n',
    );
    expect(write(publicNamesCsvWriter("en"), rows)).toContain(
      '"Ana","Mexico City","2026-03-08"\r\n"Luis","Germany"',
    );
  });
});
