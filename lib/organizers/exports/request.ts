// What can be exported, read from a query string or the command line's options: both go
// through parseExportRequest, so the site and `npm run export` accept exactly the same things.
import type { Locale } from "@/i18n/routing";
import { parseDateRange, type DateRange } from "@/lib/organizers/date-range";

/** How confirmed signatures can be grouped. Days are days of confirmation in Mexico City. */
export const COUNT_DIMENSIONS = ["day", "state", "country", "language", "source"] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

export const COUNT_FORMATS = ["csv", "json"] as const;
export type CountFormat = (typeof COUNT_FORMATS)[number];

/** Languages the places of the public names list can be written in. */
export const NAME_LANGUAGES = ["es", "en"] as const satisfies readonly Locale[];

export type ExportKind = "counts" | "public-names";

export type ExportRequest =
  | { kind: "counts"; dimension: CountDimension; format: CountFormat; range: DateRange }
  | { kind: "public-names"; language: Locale; range: DateRange };

/** Query parameters (or options) by name; absent and empty mean the same. */
export type ExportQuery = Partial<Record<"by" | "format" | "lang" | "from" | "to", string | null>>;

/** Why a request was refused: a message key in OrganizerExports.errors. */
export type ExportRequestProblem = "invalidDate" | "reversed" | "invalidChoice";

export type ParsedExportRequest =
  { request: ExportRequest; error?: undefined } | { error: string; problem: ExportRequestProblem };

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** Reads an export request; the error is one short sentence for a 400 answer or the terminal. */
export function parseExportRequest(kind: ExportKind, query: ExportQuery): ParsedExportRequest {
  const dates = parseDateRange({ from: query.from, to: query.to });
  if (dates.error === "invalidDate") {
    return { error: '"from" and "to" must be dates such as 2026-01-31.', problem: "invalidDate" };
  }
  if (dates.error === "reversed") return { error: '"from" must not be after "to".', problem: "reversed" };
  const range = dates.range;

  if (kind === "public-names") {
    const language = query.lang?.trim() || "es";
    if (!oneOf(NAME_LANGUAGES, language))
      return { error: `"lang" must be ${NAME_LANGUAGES.join(" or ")}.`, problem: "invalidChoice" };
    return { request: { kind, language, range } };
  }

  const dimension = query.by?.trim() ?? "";
  if (!oneOf(COUNT_DIMENSIONS, dimension)) {
    return { error: `"by" must be one of ${COUNT_DIMENSIONS.join(", ")}.`, problem: "invalidChoice" };
  }
  const format = query.format?.trim() || "csv";
  if (!oneOf(COUNT_FORMATS, format))
    return { error: `"format" must be ${COUNT_FORMATS.join(" or ")}.`, problem: "invalidChoice" };
  return { request: { kind, dimension, format, range } };
}

/** The name kept in the export log (at most 40 characters), e.g. "counts-by-state.csv". */
export function exportName(request: ExportRequest): string {
  return request.kind === "counts" ? `counts-by-${request.dimension}.${request.format}` : "public-names.csv";
}

/** Reads an export name back from the log; null for a name this version does not know. */
export function parseExportName(
  name: string,
): { kind: "counts"; dimension: CountDimension; format: CountFormat } | { kind: "public-names" } | null {
  if (name === "public-names.csv") return { kind: "public-names" };
  const [, dimension = "", format = ""] = /^counts-by-(\w+)\.(\w+)$/.exec(name) ?? [];
  return oneOf(COUNT_DIMENSIONS, dimension) && oneOf(COUNT_FORMATS, format)
    ? { kind: "counts", dimension, format }
    : null;
}

function rangeSlug({ from, to }: DateRange): string {
  if (from && to) return `${from}-to-${to}`;
  if (from) return `from-${from}`;
  if (to) return `until-${to}`;
  return "all-time";
}

/** The download's file name: what, and which days, e.g. budapestconventionmx-counts-by-state-2026-01-01-to-2026-12-31.csv */
export function exportFilename(request: ExportRequest): string {
  const [stem, extension] = exportName(request).split(".") as [string, string];
  return `budapestconventionmx-${stem}-${rangeSlug(request.range)}.${extension}`;
}
