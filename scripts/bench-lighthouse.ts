// Lighthouse's mobile audit alone, a few times per page, on the production artifact and a
// throw-away database: the quick way to see what a change to the pages does. Lighthouse's
// Total Blocking Time is this machine's main-thread time slowed four times, so it moves with
// whatever else the machine is doing; the median of a few runs, on an idle machine, is the figure.
// `npm run bench -- --lighthouse` ends with the same audits.
//
//   SITE_URL=http://localhost:3600 npm run build
//   npm run bench:lighthouse -- [--runs 5] [--path /es --path /es/firmar]
import { parseArgs } from "node:util";
import { auditOnIdleSite, describeAudit } from "./bench/idle-audit";
import { performanceLabel, scoresLabel } from "./bench/lighthouse-summary";
import { chromiumExecutableHere } from "./find-browser";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    path: { type: "string", multiple: true, default: ["/es", "/es/firmar"] },
    port: { type: "string", default: "3600" },
    "postgres-port": { type: "string", default: "54600" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number above 0");

const summaries = await auditOnIdleSite({
  runs,
  paths: values.path,
  port: Number(values.port),
  postgresPort: Number(values["postgres-port"]),
  chromePath: await chromiumExecutableHere((line) => console.log(line)),
  onAudit: (figures) => console.log(describeAudit(figures)),
});
for (const { path, median, performanceScores } of summaries) {
  console.log(
    `median run of ${performanceScores.length}, ${path}: performance ${performanceLabel(median)} ` +
      `(all runs: ${scoresLabel(performanceScores)}), TBT ${median.tbtMs} ms, LCP ${median.lcpMs} ms, ` +
      `FCP ${median.fcpMs} ms`,
  );
}
