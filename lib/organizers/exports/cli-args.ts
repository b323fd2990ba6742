// The options of `npm run export`, turned into the same ExportRequest the site builds from
// a query string.
import { parseArgs } from "node:util";
import { COUNT_DIMENSIONS, NAME_LANGUAGES, parseExportRequest, type ExportRequest } from "./request";

export const EXPORT_USAGE = `usage:
  npm run export -- --by <${COUNT_DIMENSIONS.join("|")}> [--format csv|json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--output FILE]
  npm run export -- --public-names [--lang ${NAME_LANGUAGES.join("|")}] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--output FILE]

Counts confirmed signatures grouped by day of confirmation (Mexico City), state, country,
language or source; or lists the names of confirmed signers who chose to show them (name,
state or country in --lang, day of confirmation). --from and --to are days of confirmation,
both included. Writes to standard output unless --output is given. Every export is
recorded in the export log, as "command line (<your user name>)".

Needs DATABASE_URL. For the embedded database that \`npm run dev\` and \`npm start\` start,
choose its port when starting them (EMBEDDED_POSTGRES_PORT=54320 npm run dev); its password
is in .data/postgres.password. Then:
  DATABASE_URL=postgresql://postgres:PASSWORD@127.0.0.1:54320/petition npm run export -- --by state`;

export type ExportArgs =
  | { action: "help" }
  | { action: "export"; request: ExportRequest; output: string | null }
  | { action: "error"; message: string };

const OPTIONS = {
  by: { type: "string" },
  format: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  lang: { type: "string" },
  output: { type: "string", short: "o" },
  "public-names": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export function parseExportArgs(args: readonly string[]): ExportArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return { action: "error", message: (error as Error).message };
  }
  if (values.help) return { action: "help" };

  const publicNames = values["public-names"] === true;
  if (publicNames && (values.by !== undefined || values.format !== undefined)) {
    return { action: "error", message: "--public-names takes no --by or --format (it is always CSV)." };
  }
  if (!publicNames && values.lang !== undefined) {
    return { action: "error", message: "--lang applies to --public-names only." };
  }
  if (!publicNames && values.by === undefined) {
    return { action: "error", message: "Choose --by <dimension> or --public-names." };
  }
  if (values.output !== undefined && values.output.trim() === "") {
    return { action: "error", message: "--output needs a file name." };
  }

  const parsed = parseExportRequest(publicNames ? "public-names" : "counts", values);
  if (parsed.error !== undefined)
    return { action: "error", message: parsed.error.replace(/"(\w+)"/g, "--$1") };
  return { action: "export", request: parsed.request, output: values.output ?? null };
}
