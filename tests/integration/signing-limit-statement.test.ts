// The network's signing limit is counted in the statement that stores the signature
// (lib/petition/sign.ts, countInStatement in lib/security/rate-limit.ts). These tests hold it
// to what the separate limiter did: the same rows and window as rate-limiter-flexible, nothing
// stored or queued past the limit, and a count only for a statement that went through.
import { describe, expect, it } from "vitest";
import { db, pool } from "@/lib/db";
import { signPetition } from "@/lib/petition/sign";
import {
  createRateLimiter,
  ENDED_WINDOW_KEPT_MS,
  purgeEndedWindows,
  type CountedLimit,
} from "@/lib/security/rate-limit";
import { newSignature, SECRET, signatureByEmail } from "./support/signatures";

let sequence = 0;
function freshLimit(points: number): CountedLimit {
  sequence += 1;
  return { name: `statement-${Date.now()}-${sequence}`, rule: { points, windowSeconds: 3600 } };
}

const NETWORK = "a".repeat(64);

async function countRow(limit: CountedLimit, network = NETWORK) {
  return db().rateLimit.findUnique({ where: { key: `${limit.name}:${network}` } });
}

async function confirmationJobsFor(email: string): Promise<number> {
  const row = await signatureByEmail(email);
  if (!row) return 0;
  const [jobs] = await db().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE key = ${`send-confirmation:${row.id}`}`;
  return jobs?.count ?? 0;
}

describe("the network's limit, counted as the signature is stored", () => {
  it("stores up to the limit, then stores and queues nothing and says when the window ends", async () => {
    const limit = freshLimit(2);
    const now = new Date();
    const context = { db: db(), secret: SECRET, networkLimit: limit, now };
    const signatures = [0, 1, 2].map(() => newSignature({ ipHash: NETWORK }));

    expect(await signPetition(context, signatures[0]!)).toBe("stored");
    expect(await signPetition(context, signatures[1]!)).toBe("stored");
    expect(await signPetition(context, signatures[2]!)).toEqual({
      outcome: "rate-limited",
      retryAfterMinutes: 60,
    });

    expect(await signatureByEmail(signatures[2]!.email)).toBeNull();
    expect(await confirmationJobsFor(signatures[1]!.email)).toBe(1);
    const row = await countRow(limit);
    expect(row?.points).toBe(3);
    expect(Number(row?.expire)).toBe(now.getTime() + 3600_000);
  });

  it("keeps the rows and the window of rate-limiter-flexible: each continues the other's count", async () => {
    const limit = freshLimit(3);
    const library = createRateLimiter(pool(), limit.name, limit.rule);
    expect(await library(NETWORK)).toEqual({ allowed: true });
    expect(
      await signPetition(
        { db: db(), secret: SECRET, networkLimit: limit },
        newSignature({ ipHash: NETWORK }),
      ),
    ).toBe("stored");
    expect(await library(NETWORK)).toEqual({ allowed: true });
    expect(await library(NETWORK)).toMatchObject({ allowed: false });
    expect((await countRow(limit))?.points).toBe(4);
  });

  it("starts a new window once the last one has ended", async () => {
    const limit = freshLimit(1);
    const start = new Date();
    const at = (minutes: number) => ({
      db: db(),
      secret: SECRET,
      networkLimit: limit,
      now: new Date(start.getTime() + minutes * 60_000),
    });
    expect(await signPetition(at(0), newSignature({ ipHash: NETWORK }))).toBe("stored");
    expect(await signPetition(at(59), newSignature({ ipHash: NETWORK }))).toEqual({
      outcome: "rate-limited",
      retryAfterMinutes: 1,
    });
    expect(await signPetition(at(61), newSignature({ ipHash: NETWORK }))).toBe("stored");
    expect(Number((await countRow(limit))?.expire)).toBe(start.getTime() + 121 * 60_000);
  });

  it("counts networks apart, and counts a second submission of a mailbox too", async () => {
    const limit = freshLimit(1);
    const context = { db: db(), secret: SECRET, networkLimit: limit };
    const first = newSignature({ ipHash: NETWORK });
    expect(await signPetition(context, first)).toBe("stored");
    expect(await signPetition(context, newSignature({ ipHash: "b".repeat(64) }))).toBe("stored");
    // The same mailbox from the same network: over the limit, so not even looked at.
    expect(await signPetition(context, { ...first, name: "Otro Nombre" })).toMatchObject({
      outcome: "rate-limited",
    });
    expect((await signatureByEmail(first.email))?.name).toBe(first.name);
  });

  it("counts nothing when the statement fails", async () => {
    const limit = freshLimit(5);
    const broken = newSignature({ ipHash: NETWORK, noticeId: "00000000-0000-4000-8000-000000000000" });
    await expect(signPetition({ db: db(), secret: SECRET, networkLimit: limit }, broken)).rejects.toThrow();
    expect(await countRow(limit)).toBeNull();
  });

  it("purges counts whose window ended over an hour ago, and keeps the others", async () => {
    const ended = freshLimit(5);
    const current = freshLimit(5);
    const now = new Date();
    const longAgo = new Date(now.getTime() - 3600_000 - ENDED_WINDOW_KEPT_MS - 60_000);
    await signPetition({ db: db(), secret: SECRET, networkLimit: ended, now: longAgo }, newSignature());
    await signPetition({ db: db(), secret: SECRET, networkLimit: current, now }, newSignature());
    expect(await purgeEndedWindows(db(), now)).toBeGreaterThanOrEqual(1);
    expect(await countRow(ended, "f".repeat(64))).toBeNull();
    expect(await countRow(current, "f".repeat(64))).not.toBeNull();
  });
});
