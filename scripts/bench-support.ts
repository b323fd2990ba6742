// What the benchmarks share: waiting for the server they started, the petition form's
// hidden fields, and the server's memory.
import { execFileSync } from "node:child_process";

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

/** Resident memory of the site's server process (the one running scripts/serve.ts), in KiB. */
function serverMemoryKiB(): number {
  const out = execFileSync("ps", ["-eo", "rss=,args="], { encoding: "utf8" });
  let largest = 0;
  for (const line of out.split("\n")) {
    // The HTTP server holds Next: the artifact's serve.js (each of its processes), or
    // scripts/serve.ts under tsx. The wrappers that start them are small.
    if (line.includes("standalone/serve.js") || line.includes("scripts/serve.ts"))
      largest = Math.max(largest, Number(line.trim().split(/\s+/)[0]));
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
