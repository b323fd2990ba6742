// Measures the two paths that carry a campaign's peaks, on a production build:
//   1. reading the prerendered sign page (GET /es/firmar);
//   2. signing with a native form POST, as a phone without JavaScript sends it
//      (multipart, unique emails), answered with a 303 to the static thank-you page.
// It starts its own server on a throw-away embedded PostgreSQL, with the email worker
// running (emails land in the local outbox), and reports throughput, latency and the
// server's peak memory. Nothing leaves this machine.
//
//   npm run build && npm run bench -- [--connections 64] [--seconds 15]
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: { connections: { type: "string", default: "64" }, seconds: { type: "string", default: "15" } },
});
const connections = Number(values.connections);
const duration = Number(values.seconds);
const port = 3400;
const origin = `http://localhost:${port}`;

const server = spawn("tsx", ["scripts/with-database.ts", "tsx", "scripts/serve.ts", "-p", String(port)], {
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    EMBEDDED_POSTGRES_DIR: ".data/bench-postgres",
    EMBEDDED_POSTGRES_EPHEMERAL: "1",
    SITE_URL: origin,
    EMAIL_DELIVERY: "local-outbox",
    // One load generator is one network: lift the per-network limit for the measurement.
    SIGNATURES_PER_NETWORK_PER_HOUR: "100000000",
  },
  stdio: "ignore",
});

async function waitForHealth() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const healthy = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not become healthy in 60 s (did you run `npm run build`?)");
}

/** Peak resident memory of the next-server process, sampled while the load runs. */
function watchMemory() {
  let peakKiB = 0;
  const timer = setInterval(() => {
    const out = execFileSync("ps", ["-eo", "rss=,args="], { encoding: "utf8" });
    for (const line of out.split("\n")) {
      if (line.includes("next-server")) peakKiB = Math.max(peakKiB, Number(line.trim().split(/\s+/)[0]));
    }
  }, 250);
  return () => {
    clearInterval(timer);
    return Math.round(peakKiB / 1024);
  };
}

/** The hidden fields React renders into the form so it can be posted without JavaScript. */
async function formFields(): Promise<[string, string][]> {
  const html = await (await fetch(`${origin}/es/firmar`)).text();
  const decode = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((m) => [
    decode(m[1]!),
    decode(m[2] ?? ""),
  ]);
}

function multipart(fields: [string, string][], boundary: string): string {
  return (
    fields
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`
  );
}

function report(label: string, result: autocannon.Result) {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${(stat as { count: number }).count}`)
    .join(" ");
  console.log(
    `${label}: ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, status ${codes}`,
  );
}

try {
  await waitForHealth();
  const hidden = await formFields();
  console.log(`${connections} connections, ${duration} s per run, server on ${origin}`);

  const stopReadWatch = watchMemory();
  report(
    "GET  /es/firmar (prerendered)",
    await autocannon({ url: `${origin}/es/firmar`, connections, duration }),
  );
  const readPeak = stopReadWatch();

  let sequence = 0;
  const boundary = "----petition-bench";
  const stopSignWatch = watchMemory();
  const signing = await autocannon({
    url: origin,
    connections,
    duration,
    requests: [
      {
        method: "POST",
        path: "/es/firmar",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin },
        setupRequest: (request) => {
          sequence += 1;
          const fields: [string, string][] = [
            ...hidden,
            ["name", "Persona de Prueba"],
            ["email", `bench.${process.pid}.${sequence}@example.org`],
            ["residence", "CMX"],
            ["privacyConsent", "on"],
          ];
          return { ...request, body: multipart(fields, boundary) };
        },
      },
    ],
  });
  report("POST /es/firmar (sign, 303)", signing);
  const signPeak = stopSignWatch();
  console.log(`next-server peak RSS: ${readPeak} MiB while reading, ${signPeak} MiB while signing`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}
