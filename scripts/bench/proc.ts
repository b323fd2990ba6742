// Reading /proc for the benchmarks: the processes running now, and their files.
import { readdirSync, readFileSync } from "node:fs";

/** The pids of the processes running now. */
export function processIds(): string[] {
  return readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
}

/**
 * A file of a process's /proc folder, or undefined when the process ended between the
 * listing and the read (the only failure expected here; anything else is thrown).
 */
export function readProcessFile(pid: string, name: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${name}`, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ESRCH") return undefined;
    throw error;
  }
}
