// The flags of `npm run bench`, read into one settled plan of what to measure.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

export interface BenchOptions {
  seconds: number;
  /** Connections for the signing runs; the other runs use 64. */
  signingConnections: number[];
  /** WEB_CONCURRENCY for each round; undefined leaves the server's default (one per core). */
  processCounts: (number | undefined)[];
  /** Where the Markdown report goes, besides the console. */
  out: string | undefined;
  port: number;
  postgresPort: number;
  organizers: boolean;
  lighthouse: boolean;
  /** Lighthouse audits per page; the report shows the median run. */
  lighthouseRuns: number;
}

export const STANDARD_CONNECTIONS = 64;

export function parseBenchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: "string", default: "10" },
      quick: { type: "boolean", default: false },
      out: { type: "string" },
      port: { type: "string", default: "3600" },
      "postgres-port": { type: "string", default: "54600" },
      organizers: { type: "boolean", default: false },
      lighthouse: { type: "boolean", default: false },
      "lighthouse-runs": { type: "string", default: "5" },
    },
  });
  const seconds = Number(values.seconds);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error("--seconds must be a positive number");
  const quick = values.quick;
  const lighthouseRuns = Number(values["lighthouse-runs"]);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1)
    throw new Error("--lighthouse-runs must be a whole number above 0");
  return {
    seconds,
    signingConnections: quick ? [STANDARD_CONNECTIONS] : [16, STANDARD_CONNECTIONS, 512],
    processCounts: quick ? [1] : [1, undefined],
    out: values.out,
    port: Number(values.port),
    postgresPort: Number(values["postgres-port"]),
    organizers: !quick && values.organizers,
    lighthouse: !quick && values.lighthouse,
    lighthouseRuns,
  };
}

/** How many processes a round runs: WEB_CONCURRENCY when set, else the server's default. */
export function processCountLabel(processes: number | undefined): string {
  return processes === undefined ? `${availableParallelism()} (default)` : String(processes);
}
