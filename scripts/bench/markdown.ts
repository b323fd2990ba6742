// The report as Markdown tables, padded so they read as well in a terminal as rendered.

export function markdownTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(3, header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? "").padEnd(width)).join(" | ")} |`;
  return [
    line(headers),
    `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}

/** 1234.5 -> "1,235"; below 10 one decimal is kept, so small rates do not round to nothing. */
export function formatNumber(value: number): string {
  return value.toLocaleString("en", { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 });
}

/** A ratio as "0.42×", or "–" when either side is missing or zero. */
export function formatRatio(numerator: number | undefined, denominator: number | undefined): string {
  if (!numerator || !denominator) return "–";
  const ratio = numerator / denominator;
  return `${ratio.toFixed(ratio < 0.1 ? 3 : 2)}×`;
}
