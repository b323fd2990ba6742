// Lighthouse's mobile audit alone, a few times per page, on the production artifact and a
// throw-away database: the quick way to see what a change to the pages does. Lighthouse's
// Total Blocking Time is this machine's main-thread time slowed four times, so it moves with
// whatever else the machine is doing; the median of a few runs, on an idle machine, is the figure.
//
//   SITE_URL=http://localhost:3600 npm run build
//   npm run bench:lighthouse -- [--runs 3] [--path /es --path /es/firmar]
import { parseArgs } from "node:util";
import { startBenchDatabase } from "./bench/database";
import { runLighthouse, type LighthouseFigures } from "./bench/lighthouse";
import { startSite } from "./bench/servers";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    path: { type: "string", multiple: true, default: ["/es", "/es/firmar"] },
    port: { type: "string", default: "3600" },
    "postgres-port": { type: "string", default: "54600" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number above 0");

const database = await startBenchDatabase(Number(values["postgres-port"]));
const site = await startSite(Number(values.port), database.url, undefined);
const byPath = new Map<string, LighthouseFigures[]>();
try {
  // Each page once first: its first render and cold caches are not what a visitor meets.
  for (const path of values.path) await fetch(`${site.origin}${path}`).then((response) => response.text());
  for (let run = 0; run < runs; run += 1) {
    for (const figures of await runLighthouse(site.origin, values.path)) {
      byPath.set(figures.path, [...(byPath.get(figures.path) ?? []), figures]);
      console.log(
        `${figures.path}: performance ${figures.performance}, accessibility ${figures.accessibility}, ` +
          `best practices ${figures.bestPractices}, SEO ${figures.seo}; FCP ${figures.fcpMs} ms, ` +
          `LCP ${figures.lcpMs} ms, CLS ${figures.cls.toFixed(3)}, TBT ${figures.tbtMs} ms; ` +
          `scripts ${Math.round(figures.scriptBytes / 1024)} KB; machine index ${figures.benchmarkIndex}; ` +
          `other-origin requests ${figures.otherOriginRequests}`,
      );
    }
  }
} finally {
  await site.stop();
  await database.stop();
}

const median = (numbers: number[]) => numbers.toSorted((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
for (const [path, all] of byPath) {
  console.log(
    `median of ${all.length}, ${path}: performance ${median(all.map((f) => f.performance))}, ` +
      `TBT ${median(all.map((f) => f.tbtMs))} ms, LCP ${median(all.map((f) => f.lcpMs))} ms, ` +
      `FCP ${median(all.map((f) => f.fcpMs))} ms`,
  );
}
