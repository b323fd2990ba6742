import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { serverEnv } from "./env";

function createPrismaClient() {
  const adapter = new PrismaPg({
    connectionString: serverEnv().DATABASE_URL,
    // Fail fast when the database is away, so a page or action can answer instead of hanging.
    connectionTimeoutMillis: 3000,
    max: 10,
  });
  return new PrismaClient({ adapter });
}

// One client per process; in development the module is re-evaluated on every edit,
// so the client is kept on globalThis to avoid opening a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export function db() {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

export type Database = ReturnType<typeof db>;
