import { describe, expect, it } from "vitest";
import {
  type BrowserProbes,
  NO_BROWSER_ADVICE,
  SYSTEM_CHROMIUM,
  findOrInstallBrowser,
} from "@/scripts/browser";
import { executableOf } from "@/scripts/find-browser";

interface Machine {
  systemChromium?: boolean;
  playwrightBrowser?: boolean;
  playwrightDownloadWorks?: boolean;
  debianWithRights?: boolean;
  aptWorks?: boolean;
}

/** A pretend machine: its probes change as installs succeed, and it records what ran. */
function machine(start: Machine) {
  const state = { ...start };
  const ran: string[] = [];
  const probes: BrowserProbes = {
    systemChromiumExists: () => !!state.systemChromium,
    playwrightBrowserLaunches: async () => !!state.playwrightBrowser,
    installPlaywrightBrowser: async () => {
      ran.push("playwright install");
      if (state.playwrightDownloadWorks) state.playwrightBrowser = true;
      return !!state.playwrightDownloadWorks;
    },
    canInstallDebianPackages: () => !!state.debianWithRights,
    installDebianChromium: async () => {
      ran.push("apt-get install");
      if (state.aptWorks) state.systemChromium = true;
      return !!state.aptWorks;
    },
    report: () => undefined,
  };
  return { probes, ran };
}

const systemChoice = { kind: "system-chromium", executablePath: SYSTEM_CHROMIUM } as const;

describe("findOrInstallBrowser", () => {
  it("uses Debian's Chromium when it is installed, and installs nothing", async () => {
    const { probes, ran } = machine({ systemChromium: true, playwrightBrowser: true });
    expect(await findOrInstallBrowser(probes)).toEqual(systemChoice);
    expect(ran).toEqual([]);
  });

  it("uses Playwright's installed Chromium when Debian's is absent", async () => {
    const { probes, ran } = machine({ playwrightBrowser: true, debianWithRights: true });
    expect(await findOrInstallBrowser(probes)).toEqual({ kind: "playwright-chromium" });
    expect(ran).toEqual([]);
  });

  it("downloads Playwright's Chromium before reaching for the system's packages", async () => {
    const { probes, ran } = machine({
      playwrightDownloadWorks: true,
      debianWithRights: true,
      aptWorks: true,
    });
    expect(await findOrInstallBrowser(probes)).toEqual({ kind: "playwright-chromium" });
    expect(ran).toEqual(["playwright install"]);
  });

  it("installs Debian's chromium when Playwright cannot download its own (no internet)", async () => {
    const { probes, ran } = machine({ debianWithRights: true, aptWorks: true });
    expect(await findOrInstallBrowser(probes)).toEqual(systemChoice);
    expect(ran).toEqual(["playwright install", "apt-get install"]);
  });

  it("does not run apt-get where it may not (not Debian, or no root or passwordless sudo)", async () => {
    const { probes, ran } = machine({ aptWorks: true });
    expect(await findOrInstallBrowser(probes)).toEqual({ kind: "none", advice: NO_BROWSER_ADVICE });
    expect(ran).toEqual(["playwright install"]);
  });

  it("gives one sentence saying what to install when every way fails", async () => {
    const { probes, ran } = machine({ debianWithRights: true });
    const choice = await findOrInstallBrowser(probes);
    expect(choice).toEqual({ kind: "none", advice: NO_BROWSER_ADVICE });
    expect(ran).toEqual(["playwright install", "apt-get install"]);
    expect(NO_BROWSER_ADVICE.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(NO_BROWSER_ADVICE).toMatch(/apt-get install chromium/);
    expect(NO_BROWSER_ADVICE).toMatch(/playwright install/);
  });

  it("does not count an install whose browser still will not start", async () => {
    const { probes } = machine({ debianWithRights: true });
    probes.installPlaywrightBrowser = async () => true;
    probes.installDebianChromium = async () => true;
    expect(await findOrInstallBrowser(probes)).toMatchObject({ kind: "none" });
  });
});

describe("executableOf", () => {
  // Lighthouse starts Chromium by path: a machine with only Playwright's browser must not be
  // sent to Debian's, which it does not have.
  it("is Debian's Chromium when that was found, and Playwright's own browser otherwise", async () => {
    const { chromium } = await import("@playwright/test");
    expect(await executableOf(systemChoice)).toBe(SYSTEM_CHROMIUM);
    expect(await executableOf({ kind: "playwright-chromium" })).toBe(chromium.executablePath());
    expect(chromium.executablePath()).not.toBe(SYSTEM_CHROMIUM);
  });
});
