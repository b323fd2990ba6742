// The organizer pages at two campaign sizes, measured by scripts/bench-organizers.ts (run as
// a child: it fills its own throw-away database) and reduced to its headline figures.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export interface OrganizerFigures {
  signatures: number;
  /** All-time dashboard p50 over HTTP, by organizers at once. */
  dashboardP50: Record<number, number>;
  /**
   * Its mean, which says what all the organizers waited: when the waits split in two groups
   * the p50 can fall in the shorter one (a run at a million signatures: p50 60 ms, while eight
   * connections took 37 pages a second, about 216 ms each).
   */
  dashboardMean: Record<number, number>;
  /** All-time dashboard database reads p50, by organizers at once. */
  dashboardReadsP50: Record<number, number>;
  /** Time to the last byte of each counts export (CSV), by dimension. */
  exportDoneMs: Record<string, number>;
}

/** Reads the headline figures out of bench-organizers' output. */
export function parseOrganizerOutput(signatures: number, output: string): OrganizerFigures {
  const figures: OrganizerFigures = {
    signatures,
    dashboardP50: {},
    dashboardMean: {},
    dashboardReadsP50: {},
    exportDoneMs: {},
  };
  for (const line of output.split("\n")) {
    const page = /^dashboard, all time, (\d+) at once: .*latency p50 (\d+) ms/.exec(line);
    if (page) figures.dashboardP50[Number(page[1])] = Number(page[2]);
    const mean = /^dashboard, all time, (\d+) at once: .*mean (\d+) ms/.exec(line);
    if (mean) figures.dashboardMean[Number(mean[1])] = Number(mean[2]);
    const reads = /^dashboard reads \(database only\), all time, (\d+) at once: p50 (\d+) ms/.exec(line);
    if (reads) figures.dashboardReadsP50[Number(reads[1])] = Number(reads[2]);
    const exported = /^counts by (\w+) \(CSV\): .*done (\d+) ms/.exec(line);
    if (exported) figures.exportDoneMs[exported[1]!] = Number(exported[2]);
  }
  return figures;
}

// Where scripts/bench-organizers.ts keeps its throw-away cluster.
const ORGANIZER_BENCH_POSTGRES_DIR = ".data/bench-organizers-postgres";

/**
 * bench-organizers stops its server with SIGTERM to the server's process group, and its embedded
 * PostgreSQL was seen still running afterwards, its parent gone. PostgreSQL names its own
 * process in postmaster.pid: a fast shutdown of that one process, and nothing else.
 */
async function stopLeftoverCluster(dataDir: string): Promise<void> {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 1) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return; // Not running.
  }
  for (let wait = 0; wait < 50 && existsSync(pidFile); wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function runOrganizerBench(
  signatures: number,
  seconds: number,
  port: number,
  postgresPort: number,
): Promise<OrganizerFigures> {
  console.log(`Organizer bench at ${signatures.toLocaleString("en")} signatures (minutes at a million)...`);
  const child = spawn(
    "npx",
    [
      "tsx",
      "scripts/bench-organizers.ts",
      "--signatures",
      String(signatures),
      "--connections",
      "1,8",
      "--skip-public-names",
      "--seconds",
      String(seconds),
      "--port",
      String(port),
      "--postgres-port",
      String(postgresPort),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  const code = await new Promise((resolve) => child.once("exit", resolve));
  await stopLeftoverCluster(ORGANIZER_BENCH_POSTGRES_DIR);
  if (code !== 0) throw new Error(`bench-organizers at ${signatures} signatures failed (exit ${code})`);
  return parseOrganizerOutput(signatures, output);
}
