// Runs `prisma generate` without network access.
//
// The Prisma CLI tries to download its native schema engine before every command,
// `generate` included, although generate never runs it. Where the engine is absent
// (offline machines, CI without internet) we point PRISMA_SCHEMA_ENGINE_BINARY at an
// existing file so the download is skipped. Machines that have the engine, or that
// set the variable themselves, are left alone.
//
// A production install (`npm ci --omit=dev`) has no Prisma CLI and needs no client: the
// generated client is compiled into the build (`npm run build`), so generation is skipped.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function hasDownloadedSchemaEngine() {
  try {
    const enginesDir = path.dirname(require.resolve("@prisma/engines/package.json"));
    return readdirSync(enginesDir).some((name) => name.startsWith("schema-engine"));
  } catch {
    return false;
  }
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasDownloadedSchemaEngine()) {
  // Any existing file will do: generate only checks that the path exists.
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

function findPrismaCli() {
  try {
    const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build/index.js");
    return existsSync(cli) ? cli : undefined;
  } catch {
    return undefined;
  }
}

const prismaCli = findPrismaCli();
if (!prismaCli) {
  console.log("Prisma CLI not installed (production dependencies only): the Prisma client is not generated.");
  process.exit(0);
}
const result = spawnSync(process.execPath, [prismaCli, "generate"], { env, stdio: "inherit" });
process.exit(result.status ?? 1);
