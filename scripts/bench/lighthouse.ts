// Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G, simulated) of the
// pages people land on, in the Chromium the end-to-end tests use. Nothing leaves the machine:
// Chromium runs with the tests' flags against background traffic, and the report says how
// many requests went to another origin (the site makes none; more than zero is a finding).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS } from "../browser";

export interface LighthouseFigures {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Bytes of script the page loads, as sent (compressed). */
  scriptBytes: number;
  /** Lighthouse's measure of this machine's speed; TBT is this machine's main-thread time, slowed 4×. */
  benchmarkIndex: number;
  otherOriginRequests: number;
  /** Why Lighthouse could not audit the page, when it could not (its scores are then 0). */
  runtimeError?: string;
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/** `chromePath`: the tests' Chromium (scripts/find-browser.ts). */
export async function runLighthouse(
  origin: string,
  paths: string[],
  chromePath: string,
): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const requests =
        (
          audits["network-requests"]?.details as
            { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined
        )?.items ?? [];
      // A failed audit scores null, which would otherwise read as a page that scored 0.
      const failure =
        categories.performance?.score == null
          ? (result.lhr.runtimeError?.message ??
            audits["first-contentful-paint"]?.errorMessage ??
            "no performance score")
          : undefined;
      figures.push({
        path,
        ...(failure ? { runtimeError: failure } : {}),
        performance: score(categories.performance?.score),
        accessibility: score(categories.accessibility?.score),
        bestPractices: score(categories["best-practices"]?.score),
        seo: score(categories.seo?.score),
        fcpMs: Math.round(audits["first-contentful-paint"]?.numericValue ?? 0),
        lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
        cls: audits["cumulative-layout-shift"]?.numericValue ?? 0,
        tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        scriptBytes: requests
          .filter((request) => request.resourceType === "Script")
          .reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
        benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
        otherOriginRequests: requests.filter(
          (request) => !request.url.startsWith(origin) && !request.url.startsWith("data:"),
        ).length,
      });
    }
    return figures;
  } finally {
    await chrome.kill();
  }
}
