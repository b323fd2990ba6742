import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from "./scripts/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
const fakeResendPort = port + 99;
export const fakeResendUrl = `http://127.0.0.1:${fakeResendPort}`;
// A known port, so tests can reach the server's database to simulate an outage.
const e2ePostgresPort = port + 51300;
const e2ePostgresDir = ".data/e2e-postgres";

/**
 * The web server's database. Call it from tests, not at load time: the embedded cluster's
 * password file (embeddedPasswordFile() in lib/db/embedded-postgres.ts, read directly so
 * this config does not load PostgreSQL's exit hooks) exists once the server has started.
 */
export function e2eDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const password = readFileSync(`${e2ePostgresDir}.password`, "utf8").trim();
  return `postgresql://postgres:${password}@127.0.0.1:${e2ePostgresPort}/petition`;
}

/** A copy of everything the e2e server logs (see scripts/with-database.ts). */
export const serverLogFile = ".data/e2e-server.log";

// Every test drives the production artifact (`npm run build`, scripts/build-artifact.ts),
// started with plain node from a copy outside the repository: there nothing it lacks can be
// borrowed from the repository's node_modules, so the tests pass only if it runs on its own.
const artifactCopy = path.join(tmpdir(), `budapest-convention-artifact-${port}`);

/** The only address allowed to sign in to the organizer pages during the tests. */
export const ORGANIZER_EMAIL = "organizadora@example.org";

/** The organizer session cookie of a production build, which the web server is. */
export const SESSION_COOKIE = "__Host-organizer_session";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    // The browser `npm run test:e2e` found or installed first (scripts/ensure-browser.ts):
    // Debian's Chromium where it is installed, elsewhere Playwright's own.
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: ["organizers/**", "hostile.spec.ts", "two-instances.spec.ts"],
    },
    // A second instance on the same database confirms signatures too: after the fresh-campaign pages.
    {
      name: "instances",
      use: { ...devices["Desktop Chrome"] },
      testMatch: "two-instances.spec.ts",
      dependencies: ["chromium"],
    },
    // The hostile corpus and the organizers confirm signatures and change settings; the
    // public pages' tests, which look at a new campaign and its cached figures, run first.
    {
      name: "hostile",
      use: { ...devices["Desktop Chrome"] },
      testMatch: "hostile.spec.ts",
      dependencies: ["instances"],
    },
    {
      name: "organizers",
      use: { ...devices["Desktop Chrome"] },
      testDir: "tests/e2e/organizers",
      dependencies: ["hostile"],
    },
  ],
  // The real Resend SDK in the app talks to a local fake, which the tests read.
  globalSetup: "./tests/e2e/support/global-setup.ts",
  webServer: {
    // The production artifact (made by `npm run test:e2e`) on a fresh embedded PostgreSQL.
    command: `rm -rf ${artifactCopy} && cp -R .next/standalone ${artifactCopy} && exec node ${artifactCopy}/server.js -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // server.js forwards SIGTERM to the HTTP server's process group, then stops PostgreSQL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    timeout: 120_000,
    stdout: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: baseURL,
      // Everything the server prints, kept so a test can search it for personal data.
      LOG_FILE: serverLogFile,
      EMBEDDED_POSTGRES_DIR: e2ePostgresDir,
      EMBEDDED_POSTGRES_EPHEMERAL: "1",
      EMBEDDED_POSTGRES_PORT: String(e2ePostgresPort),
      APP_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
      RESEND_API_KEY: "re_e2e_test",
      RESEND_BASE_URL: fakeResendUrl,
      ORGANIZER_EMAILS: ORGANIZER_EMAIL,
      // The fake provider has no rate limit; every opted-in signer left by earlier specs gets
      // each update emailed in the news tests.
      NEWS_EMAILS_PER_SECOND: "20",
    },
  },
});
