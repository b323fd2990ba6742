// Finds the Chromium the end-to-end tests and the Lighthouse bench drive on this machine, or
// installs one, in the order scripts/browser.ts decides. Used by scripts/ensure-browser.ts
// (the first step of `npm run test:e2e`) and by the bench before its audits, so both run on a
// machine that has nothing installed but Node.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM, findOrInstallBrowser, type BrowserChoice } from "./browser";

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

/** Playwright's own Chromium; loaded only when asked, as most machines have Debian's. */
async function playwrightChromium() {
  const { chromium } = await import("@playwright/test");
  return chromium;
}

export function findOrInstallChromiumHere(report: (line: string) => void): Promise<BrowserChoice> {
  return findOrInstallBrowser({
    systemChromiumExists: () => existsSync(SYSTEM_CHROMIUM),
    playwrightBrowserLaunches: async () => {
      try {
        const browser = await (await playwrightChromium()).launch({ args: CHROMIUM_ARGS });
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
      run(["apt-get", "update", "-qq"], aptEnv) &&
      run(["apt-get", "install", "-y", "-qq", "chromium"], aptEnv),
    report,
  });
}

/** The executable to start for a choice that found a browser (Lighthouse launches it by path). */
export async function executableOf(choice: Exclude<BrowserChoice, { kind: "none" }>): Promise<string> {
  return choice.kind === "system-chromium"
    ? choice.executablePath
    : (await playwrightChromium()).executablePath();
}

/** The Chromium's executable for Lighthouse, found or installed here; throws the advice if none. */
export async function chromiumExecutableHere(report: (line: string) => void): Promise<string> {
  const choice = await findOrInstallChromiumHere(report);
  if (choice.kind === "none") throw new Error(choice.advice);
  return executableOf(choice);
}
