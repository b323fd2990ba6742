// The confirmation and withdrawal links, opened with 10,000+ generated tokens against the
// real database: a token that is not real never throws, never leaves its declared answers,
// and never moves a counter, a signature or the email queue.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  confirmSignature,
  inspectConfirmToken,
  pendingSignatureSummary,
  renewConfirmation,
} from "@/lib/petition/confirm";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { signPetition } from "@/lib/petition/sign";
import { deriveToken, isWellFormedToken, type TokenPurpose } from "@/lib/security/tokens";
import { inspectWithdrawToken, withdrawSignature } from "@/lib/petition/withdraw";
import { NOTICE, SECRET, confirmTokenFor, newSignature, signatureByEmail } from "../support/signatures";
import { arbitraryToken } from "./arbitraries";

const NUM_RUNS = 10_000;
const context = { db: db(), secret: SECRET };

/** Ids and tokens of the real signatures the generated tokens must not disturb. */
const real = { ids: [] as string[], tokens: new Set<string>(), issuedAt: [] as Date[] };
let countsBefore: { scope: string; code: string; count: number }[] = [];
let daysBefore: { day: Date; count: number }[] = [];

/** Everything a token could change: counters, the real signatures' state, the email queue. */
async function fingerprint(): Promise<string> {
  const [row] = await db().$queryRaw<{ fingerprint: string }[]>`
    SELECT concat_ws(' | ',
      (SELECT string_agg("scope" || ':' || "code" || '=' || "count", ',' ORDER BY "scope", "code") FROM "signature_count"),
      (SELECT string_agg("day" || '=' || "count", ',' ORDER BY "day") FROM "signature_daily_count"),
      (SELECT string_agg(concat_ws(':', "id", "status", "confirm_token_hash", "withdraw_token_hash",
          "confirm_token_issued_at", "emails_in_window"), ',' ORDER BY "id") FROM "signature" WHERE "id" = ANY(${real.ids}::uuid[])),
      -- A new job anywhere raises the highest id; a replaced one (same job key) its revision.
      (SELECT max("id")::text FROM graphile_worker._private_jobs),
      (SELECT string_agg(concat_ws(':', "id", "revision", "run_at"), ',' ORDER BY "id")
        FROM graphile_worker._private_jobs WHERE "payload"->>'signatureId' = ANY(${real.ids}))) AS fingerprint`;
  return row!.fingerprint;
}

beforeAll(async () => {
  countsBefore = await db().signatureCount.findMany();
  daysBefore = await db().signatureDailyCount.findMany();
  const longAgo = new Date(Date.now() - (CONFIRMATION_TTL_HOURS + 5) * 3600_000);
  // One of each state a link can find: pending, expired, confirmed, withdrawn.
  const pending = newSignature({ stateCode: "ZAC" });
  const expired = newSignature({ countryCode: "CO", stateCode: null });
  const confirmed = newSignature({ stateCode: "TLA", showName: true });
  const withdrawn = newSignature({ stateCode: "COL" });
  await signPetition(context, pending);
  await signPetition({ ...context, now: longAgo }, expired);
  await signPetition(context, confirmed);
  await signPetition(context, withdrawn);
  await confirmSignature(context, await confirmTokenFor(confirmed.email), NOTICE.es);
  for (const signature of [pending, expired, confirmed, withdrawn]) {
    const row = await signatureByEmail(signature.email);
    real.ids.push(row!.id);
    real.issuedAt.push(row!.confirmTokenIssuedAt!);
    real.tokens.add(deriveToken(SECRET, "confirm", row!.id, row!.confirmTokenIssuedAt!));
    real.tokens.add(deriveToken(SECRET, "withdraw", row!.id));
  }
  expect(await withdrawSignature(db(), deriveToken(SECRET, "withdraw", real.ids[3]!))).toBe(true);
});

afterAll(async () => {
  await db()
    .$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE payload->>'signatureId' = ANY(${real.ids})`;
  await db().signature.deleteMany({ where: { id: { in: real.ids } } });
  // Put the counters back exactly as they were, for the files that run after this one.
  await db().$transaction([
    db().signatureCount.deleteMany(),
    db().signatureCount.createMany({ data: countsBefore }),
    db().signatureDailyCount.deleteMany(),
    db().signatureDailyCount.createMany({ data: daysBefore }),
  ]);
});

/**
 * Tokens derived the real way but for no signature: a random id, another secret, a real
 * signature with the wrong issue time or the wrong purpose's key material.
 */
const derivedToken = fc
  .record({
    secret: fc.constantFrom(SECRET, "another-secret-0123456789abcdef0123456"),
    purpose: fc.constantFrom<TokenPurpose>("confirm", "withdraw", "organizer-sign-in"),
    id: fc.oneof(
      fc.uuid(),
      fc.integer({ min: 0, max: 3 }).map((index) => `real:${index}`),
    ),
    issuedAt: fc.option(
      fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
    ),
    shiftMs: fc.integer({ min: 1, max: 10_000 }),
  })
  .map(({ secret, purpose, id, issuedAt, shiftMs }) => {
    if (!id.startsWith("real:")) return deriveToken(secret, purpose, id, issuedAt ?? undefined);
    const index = Number(id.slice(5));
    const realId = real.ids[index]!;
    const wrongTime = new Date(real.issuedAt[index]!.getTime() + shiftMs);
    return deriveToken(secret, purpose === "withdraw" ? "confirm" : purpose, realId, wrongTime);
  });

const token = fc.oneof({ arbitrary: arbitraryToken(), weight: 5 }, { arbitrary: derivedToken, weight: 1 });

describe("confirmation and withdrawal links with generated tokens", () => {
  it(`answers ${NUM_RUNS.toLocaleString("en")} tokens that are not real with "invalid" from all six functions and changes nothing`, async () => {
    const before = await fingerprint();
    let reachedDatabase = 0;

    await fc.assert(
      fc.asyncProperty(token, async (candidate) => {
        fc.pre(!real.tokens.has(candidate));
        const [inspected, confirmed, renewed, summary, withdrawn, withdrawState] = await Promise.all([
          inspectConfirmToken(db(), candidate),
          confirmSignature(context, candidate, NOTICE.es),
          renewConfirmation(context, candidate),
          pendingSignatureSummary(db(), candidate),
          withdrawSignature(db(), candidate),
          inspectWithdrawToken(db(), candidate),
        ]);
        expect(inspected).toBe("invalid");
        expect(confirmed).toEqual({ outcome: "invalid" });
        expect(renewed).toEqual({ outcome: "invalid" });
        expect(summary).toBeNull();
        expect(withdrawn).toBe(false);
        expect(withdrawState).toBe("invalid");
        if (isWellFormedToken(candidate)) {
          reachedDatabase += 1;
          expect(await fingerprint()).toBe(before);
        }
      }),
      { numRuns: NUM_RUNS },
    );

    expect(await fingerprint()).toBe(before);
    // Enough of the tokens had the real shape to be looked up, not only refused by the regex.
    expect(reachedDatabase).toBeGreaterThan(NUM_RUNS / 4);
    console.info(`confirm/withdraw: ${NUM_RUNS} tokens, ${reachedDatabase} looked up in the database`);
  }, 180_000);

  it("still answers the real links after the generated ones: pending, expired, confirmed and withdrawn", async () => {
    const [pendingId, expiredId, confirmedId, withdrawnId] = real.ids as [string, string, string, string];
    const confirmToken = (index: number) =>
      deriveToken(SECRET, "confirm", real.ids[index]!, real.issuedAt[index]!);
    expect(await inspectConfirmToken(db(), confirmToken(0))).toBe("pending");
    expect(await inspectConfirmToken(db(), confirmToken(1))).toBe("expired");
    expect(await inspectConfirmToken(db(), confirmToken(2))).toBe("confirmed");
    expect(await inspectConfirmToken(db(), confirmToken(3))).toBe("invalid");
    expect(await inspectWithdrawToken(db(), deriveToken(SECRET, "withdraw", pendingId))).toBe("active");
    expect(await inspectWithdrawToken(db(), deriveToken(SECRET, "withdraw", expiredId))).toBe("active");
    expect(await inspectWithdrawToken(db(), deriveToken(SECRET, "withdraw", confirmedId))).toBe("active");
    expect(await inspectWithdrawToken(db(), deriveToken(SECRET, "withdraw", withdrawnId))).toBe("invalid");
  });
});
