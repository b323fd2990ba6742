// The errors real drivers raise, classified: a database that cannot be reached is an outage
// (the person is asked to try again), a failing query is a bug (logged, error page).
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseOutage } from "@/lib/errors";

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

function clientAt(connectionString: string, connectionTimeoutMillis = 1000) {
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis });
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

describe("failures from a real driver", () => {
  it("calls a refused connection an outage, through Prisma and through the pool", async () => {
    const { pool, prisma } = clientAt("postgresql://u:p@127.0.0.1:1/petition");
    expect(isDatabaseOutage(await errorOf(() => prisma.$queryRaw`SELECT 1`))).toBe(true);
    expect(isDatabaseOutage(await errorOf(() => prisma.signature.count()))).toBe(true);
    expect(isDatabaseOutage(await errorOf(() => pool.query("SELECT 1")))).toBe(true);
    await pool.end();
  });

  it("calls a server that never answers an outage", async () => {
    const silent = net.createServer(() => undefined).listen(0, "127.0.0.1");
    await new Promise((resolve) => silent.once("listening", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const { pool, prisma } = clientAt(`postgresql://u:p@127.0.0.1:${port}/petition`, 300);
    expect(isDatabaseOutage(await errorOf(() => prisma.$queryRaw`SELECT 1`))).toBe(true);
    await pool.end().catch(() => undefined);
    silent.close();
  });

  it("calls a database that refuses connections an outage", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const { pool, prisma } = clientAt(
      `${url.protocol}//${url.username}:${url.password}@${url.host}/no_such_database_${Date.now()}`,
    );
    expect(isDatabaseOutage(await errorOf(() => prisma.$queryRaw`SELECT 1`))).toBe(true);
    await pool.end();
  });

  it("calls a database closed to new connections an outage, as during maintenance", async () => {
    const name = `closed_${Date.now()}`;
    await db().$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    await db().$executeRawUnsafe(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const { pool, prisma } = clientAt(url.toString());
    expect(isDatabaseOutage(await errorOf(() => prisma.$queryRaw`SELECT 1`))).toBe(true);
    expect(isDatabaseOutage(await errorOf(() => prisma.organizerSession.deleteMany({})))).toBe(true);
    await pool.end();
    await db().$executeRawUnsafe(`DROP DATABASE "${name}"`);
  });

  it("calls a failing query on a healthy database a bug", async () => {
    expect(isDatabaseOutage(await errorOf(() => db().$queryRawUnsafe("SELECT * FROM no_such_table")))).toBe(
      false,
    );
    expect(isDatabaseOutage(await errorOf(() => db().$executeRawUnsafe(`SELECT 1/0`)))).toBe(false);
    expect(
      isDatabaseOutage(
        await errorOf(() =>
          db().signature.create({
            data: { countryCode: "MXX", locale: "es" } as never,
          }),
        ),
      ),
    ).toBe(false);
  });
});
