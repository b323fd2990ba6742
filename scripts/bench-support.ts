// What the benchmarks share: waiting for the server they started, the petition form's
// hidden fields, and the server's memory.
import { processIds, readProcessFile } from "./bench/proc";

export { petitionFormFields } from "../tests/support/petition-form-fields";

export async function waitForHealth(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    "The server did not become healthy in 60 s (did you run `SITE_URL=http://localhost:3000 npm run build`?)",
  );
}

/**
 * Resident memory of the site's largest server process, in KiB: the artifact's serve.js (each
 * of its processes) or scripts/serve.ts under tsx; the wrappers that start them are small.
 * Read from /proc rather than from `ps`, which, run ten times a second, took a tenth of a
 * core from the server being measured.
 */
function serverMemoryKiB(): number {
  let largest = 0;
  for (const pid of processIds()) {
    const command = readProcessFile(pid, "cmdline");
    if (!command?.includes("standalone/serve.js") && !command?.includes("scripts/serve.ts")) continue;
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(readProcessFile(pid, "status") ?? "");
    if (rss) largest = Math.max(largest, Number(rss[1]));
  }
  return largest;
}

/** Samples the server's memory every `intervalMs` until the returned function is called; it returns the peak in MiB. */
export function watchServerMemory(intervalMs = 250): () => number {
  let peakKiB = serverMemoryKiB();
  const timer = setInterval(() => {
    peakKiB = Math.max(peakKiB, serverMemoryKiB());
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return Math.round(peakKiB / 1024);
  };
}
