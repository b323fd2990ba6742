// Measures the two paths that carry a campaign's peaks, on a production build:
//   1. reading the prerendered sign page (GET /es/firmar);
//   2. signing with a native form POST, as a phone without JavaScript sends it
//      (multipart, unique emails), answered with a 303 to the static thank-you page.
// It starts its own server on a throw-away embedded PostgreSQL, with the email worker
// running (emails land in the local outbox), and reports throughput, latency and the
// server's peak memory. Nothing leaves this machine.
//
//   SITE_URL=http://localhost:3000 npm run build && npm run bench -- [--connections 64] [--seconds 15]
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { petitionFormFields, waitForHealth, watchServerMemory } from "./bench-support";

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
  await waitForHealth(origin);
  const hidden = await petitionFormFields(origin);
  console.log(`${connections} connections, ${duration} s per run, server on ${origin}`);

  const stopReadWatch = watchServerMemory();
  report(
    "GET  /es/firmar (prerendered)",
    await autocannon({ url: `${origin}/es/firmar`, connections, duration }),
  );
  const readPeak = stopReadWatch();

  let sequence = 0;
  const boundary = "----petition-bench";
  const stopSignWatch = watchServerMemory();
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
  console.log(`server peak RSS: ${readPeak} MiB while reading, ${signPeak} MiB while signing`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}
