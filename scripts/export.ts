// Exports signature counts or the public names list from a terminal, through the same code
// as the organizer pages, and records each export in the export log.
//
//   npm run export -- --by state --format csv --from 2026-01-01 --to 2026-12-31
//   npm run export -- --public-names --output names.csv
//
// `npm run export -- --help` explains every option.
import { createWriteStream } from "node:fs";
import { chmod, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { PrismaPg } from "@prisma/adapter-pg";
import { checkDatabaseConnection } from "../lib/db/check-connection";
import { PrismaClient } from "../lib/generated/prisma/client";
import { parseDatabaseUrl } from "../lib/env";
import { EXPORT_USAGE, parseExportArgs } from "../lib/organizers/exports/cli-args";
import { commandLineRequester } from "../lib/organizers/exports/export-log";
import { openExport } from "../lib/organizers/exports/open-export";

function operator(): string {
  try {
    return commandLineRequester(userInfo().username);
  } catch {
    // Containers may run under a user id with no name.
    return commandLineRequester(`uid ${process.getuid?.() ?? "unknown"}`);
  }
}

async function main(): Promise<number> {
  const args = parseExportArgs(process.argv.slice(2));
  if (args.action === "help") {
    console.log(EXPORT_USAGE);
    return 0;
  }
  if (args.action === "error") {
    console.error(`${args.message}\n\n${EXPORT_USAGE}`);
    return 2;
  }

  let databaseUrl: string;
  try {
    databaseUrl = parseDatabaseUrl();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${EXPORT_USAGE}`);
    return 1;
  }

  const database = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    // One sentence naming DATABASE_URL rather than the driver's report.
    await checkDatabaseConnection(databaseUrl);
    const opened = await openExport(database, args.request, operator());
    // A file of names is readable by its owner only, also when it replaces an older file
    // (the mode given to createWriteStream applies only to files it creates).
    if (args.output) {
      await writeFile(args.output, "", { mode: 0o600 });
      await chmod(args.output, 0o600);
    }
    const destination: Writable = args.output ? createWriteStream(args.output) : process.stdout;
    await pipeline(Readable.fromWeb(opened.stream as NodeReadableStream<Uint8Array>), destination);
    console.error(
      `Exported ${opened.rowCount()} rows (${opened.name})${args.output ? ` to ${args.output}` : ""}; recorded in the export log.`,
    );
    return 0;
  } catch (error) {
    const closed = (error as NodeJS.ErrnoException).code === "EPIPE";
    console.error(
      closed
        ? "The output was closed before the last row; the export log records it as not finished."
        : `\n  ${(error as Error).message}\n`,
    );
    return 1;
  } finally {
    await database.$disconnect();
  }
}

process.exitCode = await main();
