// Which browser the end-to-end tests drive, and how `npm test` gets one on a new machine.
//
// The order: Debian's Chromium where it is installed (Playwright cannot download its own
// browser on machines without internet); otherwise Playwright's own browser, if it is there
// or `playwright install` can fetch it; otherwise Debian's package, where this is a Debian
// or Ubuntu machine and we may install packages. The decision is a plain function of its
// probes, so a test can play every machine without uninstalling anything.

/** Debian's Chromium; playwright.config.ts launches it when this file exists. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// As root Chromium needs --no-sandbox; the others keep it from reaching the internet.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface BrowserProbes {
  /** Whether SYSTEM_CHROMIUM exists. */
  systemChromiumExists: () => boolean;
  /** Whether Playwright's own Chromium is installed and starts. */
  playwrightBrowserLaunches: () => Promise<boolean>;
  /** Runs `playwright install chromium`; whether it succeeded. */
  installPlaywrightBrowser: () => Promise<boolean>;
  /** Whether `apt-get install` may run here: Debian or Ubuntu, as root or with passwordless sudo. */
  canInstallDebianPackages: () => boolean;
  /** Runs `apt-get install chromium`; whether it succeeded. */
  installDebianChromium: () => Promise<boolean>;
  /** Says what is being tried, for the person waiting. */
  report: (line: string) => void;
}

export type BrowserChoice =
  | { kind: "system-chromium"; executablePath: string }
  | { kind: "playwright-chromium" }
  | { kind: "none"; advice: string };

export const NO_BROWSER_ADVICE =
  "No browser for the end-to-end tests could be found or installed: install Debian's chromium package (`sudo apt-get install chromium`) or, with internet access, run `npx playwright install --with-deps chromium`.";

export async function findOrInstallBrowser(probes: BrowserProbes): Promise<BrowserChoice> {
  const systemChromium = { kind: "system-chromium", executablePath: SYSTEM_CHROMIUM } as const;
  if (probes.systemChromiumExists()) return systemChromium;
  if (await probes.playwrightBrowserLaunches()) return { kind: "playwright-chromium" };

  probes.report("No Chromium found; trying `playwright install chromium`...");
  if ((await probes.installPlaywrightBrowser()) && (await probes.playwrightBrowserLaunches())) {
    return { kind: "playwright-chromium" };
  }

  if (probes.canInstallDebianPackages()) {
    probes.report("Playwright could not download its browser; installing Debian's chromium...");
    if ((await probes.installDebianChromium()) && probes.systemChromiumExists()) return systemChromium;
  }
  return { kind: "none", advice: NO_BROWSER_ADVICE };
}
