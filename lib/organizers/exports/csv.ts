// CSV for spreadsheets. A signer chooses their own name and a link's utm_source is typed
// by anyone, so every text cell is treated as hostile: a cell that a spreadsheet would read
// as a formula is neutralized, and every text cell is quoted.
// https://owasp.org/www-community/attacks/CSV_Injection

/** Lets Excel recognize UTF-8 (accented names would otherwise come out garbled). */
export const CSV_BOM = "\uFEFF";

// RFC 4180 line ending.
const EOL = "\r\n";

// Characters that make Excel, LibreOffice or Google Sheets start a formula (OWASP's list).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Numbers are written as they are; text that could start a formula gets a
 * leading single quote, and all text is quoted with inner quotes doubled, so commas,
 * line breaks and a semicolon-separated reading cannot split it into other cells.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** One line, ending in CRLF. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(",") + EOL;
}
