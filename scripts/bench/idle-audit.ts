// Lighthouse on a site of its own: a fresh database and server, started after every load has
// stopped, so the audits meet the page a visitor meets and not the aftermath of a surge
// (autovacuum, a checkpoint, the email worker catching up), and several runs of each page,
// because one audit is one draw from a wide spread: single audits of one build scored from
// the 60s to the high 90s.
import { startBenchDatabase } from "./database";
import { runLighthouse, type LighthouseFigures } from "./lighthouse";
import { summarizeAudits, type LighthouseSummary } from "./lighthouse-summary";
import { startSite } from "./servers";

export interface IdleAuditPlan {
  runs: number;
  paths: string[];
  port: number;
  postgresPort: number;
  /** The Chromium Lighthouse drives (scripts/find-browser.ts). */
  chromePath: string;
  /** Called after each audit, for the person waiting. */
  onAudit?: (figures: LighthouseFigures) => void;
}

export async function auditOnIdleSite(plan: IdleAuditPlan): Promise<LighthouseSummary[]> {
  const database = await startBenchDatabase(plan.postgresPort);
  try {
    const site = await startSite(plan.port, database.url, undefined);
    try {
      // Each page once first: its first render and cold caches are not what a visitor meets.
      for (const path of plan.paths) await fetch(`${site.origin}${path}`).then((response) => response.text());
      const all: LighthouseFigures[] = [];
      for (let run = 0; run < plan.runs; run += 1) {
        for (const figures of await runLighthouse(site.origin, plan.paths, plan.chromePath)) {
          plan.onAudit?.(figures);
          all.push(figures);
        }
      }
      return summarizeAudits(all);
    } finally {
      await site.stop();
    }
  } finally {
    await database.stop();
  }
}

export function describeAudit(figures: LighthouseFigures): string {
  if (figures.runtimeError) return `${figures.path}: Lighthouse could not audit it (${figures.runtimeError})`;
  return (
    `${figures.path}: performance ${figures.performance}, accessibility ${figures.accessibility}, ` +
    `best practices ${figures.bestPractices}, SEO ${figures.seo}; FCP ${figures.fcpMs} ms, ` +
    `LCP ${figures.lcpMs} ms, CLS ${figures.cls.toFixed(3)}, TBT ${figures.tbtMs} ms; ` +
    `scripts ${Math.round(figures.scriptBytes / 1024)} KB; machine index ${figures.benchmarkIndex}; ` +
    `other-origin requests ${figures.otherOriginRequests}`
  );
}
