// Compares builds by what one signature costs in CPU, the measure that moves least with the
// machine's other work (rates under load move by a third between runs here). Each build is a
// copy of a production artifact folder (`cp -a .next/standalone /tmp/before` before changing
// anything); the builds take turns, round after round, on one throw-away database, and the
// report gives each round and the medians.
//
//   npm run bench:cpu -- --build /tmp/before --build .next/standalone [--rounds 5] [--posts 300]
//     [--worker off] [--port 3610] [--postgres-port 54610]
//
// --worker off leaves the email out (RUN_WORKER=false): the request's own cost.
import { parseArgs } from "node:util";
import { petitionFormFields } from "../tests/support/petition-form-fields";
import { cpuPerPost, type CpuCost } from "./bench/cpu-cost";
import { startBenchDatabase } from "./bench/database";
import { startSite } from "./bench/servers";

const { values } = parseArgs({
  options: {
    build: { type: "string", multiple: true, default: [".next/standalone"] },
    rounds: { type: "string", default: "5" },
    posts: { type: "string", default: "300" },
    worker: { type: "string", default: "on" },
    port: { type: "string", default: "3610" },
    "postgres-port": { type: "string", default: "54610" },
  },
});
const rounds = Number(values.rounds);
const posts = Number(values.posts);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be a whole number above 0");
if (!Number.isInteger(posts) || posts < 10) throw new Error("--posts must be a whole number of 10 or more");
if (values.worker !== "on" && values.worker !== "off") throw new Error('--worker must be "on" or "off"');
process.env.RUN_WORKER = values.worker === "on" ? "true" : "false";

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const database = await startBenchDatabase(Number(values["postgres-port"]));
const costs = new Map<string, CpuCost[]>(values.build.map((build) => [build, []]));
try {
  for (let round = 1; round <= rounds; round += 1) {
    for (const [index, build] of values.build.entries()) {
      const site = await startSite(Number(values.port), database.url, 1, build);
      try {
        const hidden = await petitionFormFields(site.origin);
        const cost = await cpuPerPost({
          origin: site.origin,
          path: "/es/firmar",
          serverPid: site.pid,
          fields: [...hidden, ["name", "Persona de Prueba"], ["residence", "CMX"], ["privacyConsent", "on"]],
          emailPrefix: `bench-cpu.${process.pid}.${round}.${index}`,
          expectedStatus: 303,
          posts,
        });
        costs.get(build)!.push(cost);
        console.log(
          `round ${round}, ${build}: server ${cost.serverMs.toFixed(2)} ms, PostgreSQL ${cost.databaseMs.toFixed(2)} ms, ` +
            `wall ${cost.wallMs.toFixed(1)} ms per signature (${cost.unexpected} unexpected answers)`,
        );
      } finally {
        await site.stop();
      }
    }
  }
  console.log(`\nMedians of ${rounds} rounds, ${posts} posts each, email worker ${values.worker}:`);
  for (const [build, runs] of costs) {
    console.log(
      `${build}: server ${median(runs.map((run) => run.serverMs)).toFixed(2)} ms, ` +
        `PostgreSQL ${median(runs.map((run) => run.databaseMs)).toFixed(2)} ms, ` +
        `wall ${median(runs.map((run) => run.wallMs)).toFixed(1)} ms per signature`,
    );
  }
} finally {
  await database.stop();
}
