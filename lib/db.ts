import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { serverEnv } from "./env";
import { describeError, isDatabaseOutage } from "./errors";
import { databasePoolSizePerProcess } from "./server/processes";

function createPool() {
  const created = new pg.Pool({
    connectionString: serverEnv().DATABASE_URL,
    // Fail fast when the database is away, so a page or action can answer instead of hanging.
    connectionTimeoutMillis: 3000,
    // scripts/serve.ts gives each server process its share (lib/server/processes.ts); a
    // single process (or `npm run dev`) has them all.
    max: serverEnv().DATABASE_POOL_SIZE ?? databasePoolSizePerProcess(1, undefined),
  });
  // An idle connection that the server closed (a restart, a failover) is dropped from the pool
  // by pg, which then emits "error": without a listener that would end the process.
  created.on("error", (error) => {
    if (!isDatabaseOutage(error)) console.error(`database pool: ${describeError(error)}`);
  });
  return created;
}

// One pool and one client per process, shared by Prisma and the rate limiter; in
// development the module is re-evaluated on every edit, hence the globalThis cache.
const cache = globalThis as unknown as { pgPool?: pg.Pool; prisma?: PrismaClient };

export function pool(): pg.Pool {
  cache.pgPool ??= createPool();
  return cache.pgPool;
}

export function db(): PrismaClient {
  cache.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return cache.prisma;
}

export type Database = PrismaClient;
