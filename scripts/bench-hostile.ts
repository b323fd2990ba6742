// Measures what one hostile client can do to a production build:
//   1. oversized names (15,000 letters, under the body limit; 100,000; 1 MB) while /api/health is polled:
//      how long the post takes and how long health waits behind it;
//   2. forged X-Forwarded-For / X-Real-IP headers against a per-network limit of 5 an hour:
//      how many of 20 signatures get through;
//   3. 100 submissions of one address: how many emails its mailbox receives.
// It starts its own server on a throw-away embedded PostgreSQL; emails stay in the local
// outbox. Nothing leaves this machine.
//
//   SITE_URL=http://localhost:3000 npm run build && npm run bench:hostile
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { readEmbeddedPassword } from "../lib/db/embedded-postgres";
import { petitionFormFields, waitForHealth } from "./bench-support";

const { values } = parseArgs({ options: { lengths: { type: "string", default: "15000,100000,1000000" } } });
const nameLengths = values.lengths.split(",").map(Number);

const port = 3450;
const origin = `http://localhost:${port}`;
const databasePort = 55450;
const databaseDir = ".data/bench-hostile-postgres";

const server = spawn("tsx", ["scripts/with-database.ts", "tsx", "scripts/serve.ts", "-p", String(port)], {
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    EMBEDDED_POSTGRES_DIR: databaseDir,
    EMBEDDED_POSTGRES_EPHEMERAL: "1",
    EMBEDDED_POSTGRES_PORT: String(databasePort),
    SITE_URL: origin,
    EMAIL_DELIVERY: "local-outbox",
    SIGNATURES_PER_NETWORK_PER_HOUR: "5",
  },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});

function signatureForm(hidden: [string, string][], name: string, email: string): FormData {
  const form = new FormData();
  for (const [key, value] of hidden) form.append(key, value);
  form.append("name", name);
  form.append("email", email);
  form.append("residence", "CMX");
  form.append("privacyConsent", "on");
  return form;
}

/** Status 0: the server answered before the whole body was sent, and fetch gave up writing it. */
async function post(form: FormData, headers: Record<string, string> = {}) {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/es/firmar`, {
      method: "POST",
      body: form,
      headers: { origin, ...headers },
      redirect: "manual",
    });
    await response.arrayBuffer();
    return { status: response.status, ms: Math.round(performance.now() - started) };
  } catch {
    return { status: 0, ms: Math.round(performance.now() - started) };
  }
}

/** Polls /api/health every 100 ms while `work` runs; returns the slowest answer. */
async function worstHealthDuring(work: Promise<unknown>): Promise<number> {
  let done = false;
  let worst = 0;
  void work.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    await fetch(`${origin}/api/health`).then((r) => r.arrayBuffer());
    worst = Math.max(worst, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Math.round(worst);
}

let exitCode = 0;
try {
  await waitForHealth(origin);
  const hidden = await petitionFormFields(origin);
  // The first post loads the action's code; measure a warm server, as an attacker meets it.
  await post(signatureForm(hidden, "", "warm-up@example.org"));

  for (const length of nameLengths) {
    const label = `${length.toLocaleString("en")}-letter name`;
    const posting = post(signatureForm(hidden, "a".repeat(length), `long.${length}@example.org`));
    const worstHealth = await worstHealthDuring(posting);
    const { status, ms } = await posting;
    const answer = status === 0 ? "cut off (answered before the upload ended)" : `answered ${status}`;
    console.log(`${label}: ${answer} in ${ms} ms; /api/health waited at most ${worstHealth} ms`);
  }

  let stored = 0;
  for (let index = 0; index < 20; index += 1) {
    const forged = `203.0.113.${index + 1}`;
    const { status } = await post(signatureForm(hidden, "Persona de Prueba", `forged.${index}@example.org`), {
      "x-forwarded-for": forged,
      "x-real-ip": forged,
    });
    if (status === 303) stored += 1;
  }
  console.log(`forged addresses: ${stored} of 20 signatures accepted with a limit of 5 per network`);

  const db = new pg.Client({
    connectionString: `postgresql://postgres:${readEmbeddedPassword(databaseDir)}@127.0.0.1:${databasePort}/petition`,
  });
  await db.connect().catch(async () => {
    throw new Error("could not reach the bench database");
  });
  await db.query(`DELETE FROM rate_limit`);
  for (let index = 0; index < 100; index += 1) {
    await post(signatureForm(hidden, `Nombre ${index}`, "victima@example.org"), {
      "x-forwarded-for": `198.51.100.${(index % 250) + 1}`,
    });
    if (index % 4 === 3) await db.query(`DELETE FROM rate_limit`);
  }
  await new Promise((resolve) => setTimeout(resolve, 8000));
  const { rows } = await db.query<{ count: string }>(
    `SELECT count(*) FROM local_email WHERE "to" = 'victima@example.org'`,
  );
  console.log(`100 submissions of one address: ${rows[0]?.count} emails to that mailbox`);
  await db.end();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // Already gone.
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  process.exit(exitCode);
}
