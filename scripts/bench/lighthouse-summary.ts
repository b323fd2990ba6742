// What several Lighthouse runs of the same pages add up to (kept apart from lighthouse.ts so the
// report and its tests do not load Lighthouse itself).
import type { LighthouseFigures } from "./lighthouse";

/** One page's audits: every run's performance score, and the run that sits in the middle. */
export interface LighthouseSummary {
  path: string;
  /** The run with the median performance score: one run's figures, consistent with each other. */
  median: LighthouseFigures;
  /** Every run's performance score, in the order they ran; null for a run Lighthouse could not complete. */
  performanceScores: (number | null)[];
}

/**
 * Groups runs by page and picks each page's median run by performance score (the lower middle
 * of an even number), among the runs Lighthouse completed (any failed run when none did). One
 * run of a page is not a figure on these machines: single audits of one build scored from the
 * 60s to the high 90s.
 */
export function summarizeAudits(runs: LighthouseFigures[]): LighthouseSummary[] {
  const byPath = new Map<string, LighthouseFigures[]>();
  for (const figures of runs) byPath.set(figures.path, [...(byPath.get(figures.path) ?? []), figures]);
  return [...byPath].map(([path, pageRuns]) => {
    const completed = pageRuns.filter((figures) => !figures.runtimeError);
    const sorted = (completed.length > 0 ? completed : pageRuns).toSorted(
      (a, b) => a.performance - b.performance,
    );
    return {
      path,
      median: sorted[Math.floor((sorted.length - 1) / 2)]!,
      performanceScores: pageRuns.map((figures) => (figures.runtimeError ? null : figures.performance)),
    };
  });
}

/** A run's performance score, or why Lighthouse could not give one (never a 0 it did not score). */
export const performanceLabel = (figures: LighthouseFigures): string =>
  figures.runtimeError ? `failed (${figures.runtimeError})` : String(figures.performance);

/** Every run's score, in the order they ran, "failed" for a run Lighthouse could not complete. */
export const scoresLabel = (scores: (number | null)[]): string =>
  scores.map((score) => score ?? "failed").join(", ");
