// Run first by `npm run test:e2e`: finds the browser the end-to-end tests drive, or installs
// one (see scripts/browser.ts for the order), and stops the run with one sentence otherwise.
//
//   tsx scripts/ensure-browser.ts
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM, findOrInstallBrowser } from "./browser";

const require = createRequire(import.meta.url);

function succeeds(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(program, args, { stdio: "inherit", env });
  return result.status === 0;
}

const isRoot = process.getuid?.() === 0;
// `sudo -n` fails instead of asking for a password.
const sudo = isRoot ? [] : ["sudo", "-n"];
const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };

function run(command: string[], env?: NodeJS.ProcessEnv): boolean {
  const [program, ...args] = [...sudo, ...command] as [string, ...string[]];
  return succeeds(program, args, env);
}

const choice = await findOrInstallBrowser({
  systemChromiumExists: () => existsSync(SYSTEM_CHROMIUM),
  playwrightBrowserLaunches: async () => {
    // Loaded only here: most runs find Debian's Chromium and never need it.
    const { chromium } = await import("@playwright/test");
    try {
      const browser = await chromium.launch({ args: CHROMIUM_ARGS });
      await browser.close();
      return true;
    } catch {
      return false;
    }
  },
  installPlaywrightBrowser: async () =>
    succeeds(process.execPath, [require.resolve("@playwright/test/cli"), "install", "chromium"]),
  canInstallDebianPackages: () =>
    existsSync("/etc/debian_version") &&
    existsSync("/usr/bin/apt-get") &&
    (isRoot || spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0),
  installDebianChromium: async () =>
    run(["apt-get", "update", "-qq"], aptEnv) && run(["apt-get", "install", "-y", "-qq", "chromium"], aptEnv),
  report: (line) => console.log(line),
});

switch (choice.kind) {
  case "system-chromium":
    console.log(`End-to-end tests use ${choice.executablePath}.`);
    break;
  case "playwright-chromium":
    console.log("End-to-end tests use Playwright's Chromium.");
    break;
  case "none":
    console.error(`\n  ${choice.advice}\n`);
    process.exit(1);
}
