// Reads and changes the organizers' settings from a terminal, for operators:
//
//   npm run settings -- list
//   npm run settings -- set target 100000
//   npm run settings -- set pressContact '{"name":"…","email":"…"}'
//   npm run settings -- set pressQuotes '[{"text":{"es":"…","en":"…"},"speaker":"…","date":"2026-03-08","source":{"label":"…","url":"https://…"}}]'
//   npm run settings -- unset target
//
// A value is JSON; a bare word that is not JSON is taken as a string. The site picks up
// a change within five minutes (organizer pages, when they exist, refresh it at once).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { parseDatabaseUrl } from "../lib/env";
import { deleteSetting, readSettings, saveSetting } from "../lib/settings/read-settings";
import { SETTING_KEYS } from "../lib/settings/schema";

const [command, key, raw] = process.argv.slice(2);
const usage = `usage: npm run settings -- list | set <key> <json> | unset <key>\nkeys: ${SETTING_KEYS.join(", ")}`;

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

let database: PrismaClient | undefined;

try {
  // Inside the try: without DATABASE_URL the person gets its one sentence, not a stack trace.
  database = new PrismaClient({ adapter: new PrismaPg({ connectionString: parseDatabaseUrl() }) });
  if (command === "list") {
    console.log(JSON.stringify(await readSettings(database), null, 2));
  } else if (command === "set" && key && raw !== undefined) {
    await saveSetting(database, key, parseValue(raw));
    console.log(`Saved ${key}.`);
  } else if (command === "unset" && key) {
    await deleteSetting(database, key);
    console.log(`Removed ${key}; the site hides what depended on it.`);
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await database?.$disconnect();
}
