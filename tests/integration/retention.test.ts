// Retention moves the clock forward and checks each rule. It runs in a database of its own,
// because its rules reach every row, and other files keep their signatures for their tests.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migrate } from "@/lib/db/migrate";
import { ALL_TIME } from "@/lib/organizers/date-range";
import { openExport } from "@/lib/organizers/exports/open-export";
import { COUNT_DIMENSIONS } from "@/lib/organizers/exports/request";
import { confirmSignature } from "@/lib/petition/confirm";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { reconcileCounts } from "@/lib/petition/counters";
import { signPetition } from "@/lib/petition/sign";
import { deriveToken } from "@/lib/security/tokens";
import { erasureDate } from "@/lib/retention/erasure-date";
import { runRetention, UNCONFIRMED_GRACE_DAYS } from "@/lib/retention/run-retention";
import { invalidateSignatures } from "@/lib/organizers/abuse/invalidate";
import { hidePublicName } from "@/lib/organizers/public-list/hide";
import { withdrawSignature } from "@/lib/petition/withdraw";
import type { Locale } from "@/i18n/routing";
import type { AcceptedNotice } from "@/lib/petition/confirm";
import { newSignature, SECRET, storeNotices } from "./support/signatures";

const DAY = 24 * 3_600_000;
const name = `retention_${process.pid}_${Date.now()}`;
let admin: pg.Client;
let db: PrismaClient;
let notices: Record<Locale, AcceptedNotice>;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  notices = await storeNotices(db);
});

afterAll(async () => {
  await db.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

const noSettings = {};
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

async function signAt(at: Date, overrides: Parameters<typeof newSignature>[0] = {}) {
  const signature = newSignature({ noticeId: notices[overrides.locale ?? "es"].noticeId, ...overrides });
  await signPetition({ db, secret: SECRET, now: at }, signature);
  const row = await db.signature.findFirstOrThrow({ where: { email: signature.email } });
  return { signature, row };
}

async function confirmAt(at: Date, row: { id: string; confirmTokenIssuedAt: Date | null }) {
  const token = deriveToken(SECRET, "confirm", row.id, row.confirmTokenIssuedAt!);
  expect((await confirmSignature({ db, secret: SECRET, now: at }, token, notices.es)).outcome).toBe(
    "confirmed",
  );
}

async function exportText(dimension: (typeof COUNT_DIMENSIONS)[number]): Promise<string> {
  const opened = await openExport(db, { kind: "counts", dimension, format: "csv", range: ALL_TIME }, "tests");
  return new Response(opened.stream).text();
}

async function figures() {
  const counts = await db.signatureCount.findMany({ orderBy: [{ scope: "asc" }, { code: "asc" }] });
  const days = await db.signatureDailyCount.findMany({ orderBy: { day: "asc" } });
  const exports = await Promise.all(COUNT_DIMENSIONS.map(exportText));
  return { counts, days, exports };
}

describe("retention", () => {
  it(`deletes an unconfirmed signature ${UNCONFIRMED_GRACE_DAYS} days after its link expired, and not a day earlier`, async () => {
    const t0 = new Date("2027-01-10T12:00:00Z");
    const { row } = await signAt(t0);
    const expired = later(t0, CONFIRMATION_TTL_HOURS * 3_600_000);
    const run = (now: Date) =>
      runRetention({ db, settings: noSettings, networkHashDays: 30, now, trigger: "tests" });

    expect((await run(later(expired, (UNCONFIRMED_GRACE_DAYS - 1) * DAY))).unconfirmedDeleted).toBe(0);
    expect(await db.signature.count({ where: { id: row.id } })).toBe(1);
    expect(await db.consentEvent.count({ where: { signatureId: row.id } })).toBe(1);
    expect((await run(later(expired, UNCONFIRMED_GRACE_DAYS * DAY + 60_000))).unconfirmedDeleted).toBe(1);
    expect(await db.signature.count({ where: { id: row.id } })).toBe(0);
    // A signature never confirmed takes its consent record with it, as the privacy notice says.
    expect(await db.consentEvent.count({ where: { signatureId: row.id } })).toBe(0);
  });

  it("never deletes a confirmed signature, however old", async () => {
    const t0 = new Date("2027-01-11T12:00:00Z");
    const { row } = await signAt(t0);
    await confirmAt(later(t0, 3_600_000), row);
    await runRetention({
      db,
      settings: noSettings,
      networkHashDays: 30,
      now: later(t0, 400 * DAY),
      trigger: "tests",
    });
    expect(await db.signature.findUnique({ where: { id: row.id } })).toMatchObject({ status: "CONFIRMED" });
  });

  it("drops the network hash once it is older than the abuse window, and keeps the signature", async () => {
    const t0 = new Date("2027-01-12T12:00:00Z");
    const { row } = await signAt(t0, { ipHash: "a".repeat(64) });
    await confirmAt(later(t0, 3_600_000), row);
    const run = (now: Date) =>
      runRetention({ db, settings: noSettings, networkHashDays: 30, now, trigger: "tests" });

    await run(later(t0, 29 * DAY));
    expect((await db.signature.findUnique({ where: { id: row.id } }))?.ipHash).toBe("a".repeat(64));
    expect((await run(later(t0, 30 * DAY + 60_000))).networkHashesDropped).toBeGreaterThanOrEqual(1);
    expect(await db.signature.findUnique({ where: { id: row.id } })).toMatchObject({
      ipHash: null,
      status: "CONFIRMED",
      name: "Ana López",
    });
  });

  it("erases every signature once the campaign closed and the retention period passed, leaving every figure as it was", async () => {
    const t0 = new Date("2027-02-01T12:00:00Z");
    const shown = await signAt(t0, { showName: true, stateCode: "OAX" });
    const hidden = await signAt(t0, { countryCode: "AR", stateCode: null });
    await confirmAt(later(t0, 3_600_000), shown.row);
    await confirmAt(later(t0, 3_600_000), hidden.row);
    const settings = { closesAt: "2027-03-08", retentionPeriod: { months: 2 } };
    const erasure = erasureDate(settings)!;
    expect(erasure.toISOString()).toBe("2027-05-09T05:59:59.999Z");

    const before = await figures();
    const early = await runRetention({
      db,
      settings,
      networkHashDays: 30,
      now: later(erasure, -60_000),
      trigger: "tests",
    });
    expect(early.signaturesErased).toBe(0);

    const run = await runRetention({
      db,
      settings,
      networkHashDays: 30,
      now: later(erasure, 60_000),
      trigger: "tests",
    });
    expect(run.signaturesErased).toBeGreaterThanOrEqual(2);
    for (const { row } of [shown, hidden]) {
      expect(await db.signature.findUnique({ where: { id: row.id } })).toMatchObject({
        status: "CONFIRMED",
        name: null,
        email: null,
        emailCanonical: null,
        ipHash: null,
        confirmTokenHash: null,
        withdrawTokenHash: null,
        showName: false,
        erasedAt: later(erasure, 60_000),
      });
    }
    expect(await figures()).toEqual(before);
    expect(await reconcileCounts(db)).toEqual([]);
    // The consent record outlives the erasure: it is the proof of what each signer accepted.
    for (const { row } of [shown, hidden]) {
      const events = await db.consentEvent.findMany({
        where: { signatureId: row.id },
        orderBy: { occurredAt: "asc" },
      });
      expect(events.map((event) => event.kind)).toEqual(["SIGNED", "CONFIRMED"]);
    }

    // Nothing personal is left for the public-names export.
    const names = await openExport(db, { kind: "public-names", language: "es", range: ALL_TIME }, "tests");
    expect((await new Response(names.stream).text()).trim().split("\r\n")).toHaveLength(1);
  });

  it("purges the local outbox after a day, and used or expired sign-in links and expired sessions", async () => {
    const now = new Date("2027-06-01T12:00:00Z");
    await db.localEmail.createMany({
      data: [
        { to: "old@example.org", subject: "s", html: "", text: "", createdAt: later(now, -25 * 3_600_000) },
        { to: "new@example.org", subject: "s", html: "", text: "", createdAt: later(now, -3_600_000) },
      ],
    });
    const link = (id: string, expiresAt: Date, usedAt: Date | null) => ({
      id,
      email: "org@example.org",
      tokenHash: id.replaceAll("-", "").padEnd(64, "0"),
      createdAt: later(expiresAt, -15 * 60_000),
      expiresAt,
      usedAt,
    });
    await db.organizerLogin.createMany({
      data: [
        link("00000000-0000-4000-8000-000000000001", later(now, -60_000), null),
        link("00000000-0000-4000-8000-000000000002", later(now, 600_000), now),
        link("00000000-0000-4000-8000-000000000003", later(now, 600_000), null),
      ],
    });
    await db.organizerSession.createMany({
      data: [
        { tokenHash: "e".repeat(64), email: "org@example.org", expiresAt: later(now, -60_000) },
        { tokenHash: "f".repeat(64), email: "org@example.org", expiresAt: later(now, 3_600_000) },
      ],
    });

    const run = await runRetention({ db, settings: noSettings, networkHashDays: 30, now, trigger: "tests" });
    expect(run).toMatchObject({ outboxDeleted: 1, signInLinksDeleted: 2, sessionsDeleted: 1 });
    expect((await db.localEmail.findMany()).map((email) => email.to)).toEqual(["new@example.org"]);
    expect((await db.organizerLogin.findMany()).map((login) => login.id)).toEqual([
      "00000000-0000-4000-8000-000000000003",
    ]);
    expect((await db.organizerSession.findMany()).map((session) => session.tokenHash)).toEqual([
      "f".repeat(64),
    ]);
  });

  it("counts in a dry run exactly what a real run then changes, and logs only the real run", async () => {
    const t0 = new Date("2027-07-01T12:00:00Z");
    await signAt(t0);
    await signAt(t0, { ipHash: "b".repeat(64) });
    const now = later(t0, 60 * DAY);
    const runsBefore = await db.retentionRun.count();
    const options = { db, settings: noSettings, networkHashDays: 30, now, trigger: "command line (tests)" };

    const preview = await runRetention({ ...options, dryRun: true });
    expect(preview.unconfirmedDeleted).toBeGreaterThanOrEqual(2);
    expect(await db.retentionRun.count()).toBe(runsBefore);
    expect(await db.signature.count({ where: { status: "PENDING" } })).toBeGreaterThanOrEqual(2);

    const applied = await runRetention(options);
    expect({ ...applied, dryRun: true }).toEqual(preview);
    const [logged] = await db.retentionRun.findMany({ where: { trigger: "command line (tests)" } });
    expect(logged).toMatchObject({
      trigger: "command line (tests)",
      startedAt: now,
      unconfirmedDeleted: applied.unconfirmedDeleted,
      networkHashesDropped: applied.networkHashesDropped,
    });
    expect(await db.signature.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("drops an invalidation's network hash when the newest of its signatures reaches the abuse window's age, and notes when", async () => {
    const t0 = new Date("2027-09-01T12:00:00Z");
    const network = "c".repeat(64);
    await signAt(t0, { ipHash: network });
    await signAt(later(t0, 10 * DAY), { ipHash: network });
    const invalidated = await invalidateSignatures(db, {
      criterion: { emailDomain: null, ipHash: network, signedFrom: null, signedUntil: null },
      organizerEmail: "organizer@example.org",
      expected: 2,
      now: later(t0, 11 * DAY),
    });
    expect(invalidated.outcome).toBe("invalidated");
    if (invalidated.outcome !== "invalidated") return;
    const entry = () =>
      db.signatureInvalidation.findUniqueOrThrow({ where: { id: invalidated.invalidationId } });
    const run = (now: Date) =>
      runRetention({ db, settings: noSettings, networkHashDays: 30, now, trigger: "tests" });

    // The older signature is past 30 days, the newer is not: the same network is still in reach.
    await run(later(t0, 39 * DAY));
    expect(await entry()).toMatchObject({ ipHash: network, ipHashDroppedAt: null });

    const dropAt = later(t0, 40 * DAY + 60_000);
    const dropped = await run(dropAt);
    expect(dropped.networkHashesDropped).toBeGreaterThanOrEqual(1);
    expect(await entry()).toMatchObject({ ipHash: null, ipHashDroppedAt: dropAt, signatureCount: 2 });
  });

  it("deletes a hidden name's log entry (who hid it and why) together with the name", async () => {
    const t0 = new Date("2027-10-01T12:00:00Z");
    const hideOne = async () => {
      const { row } = await signAt(t0, { showName: true });
      await confirmAt(later(t0, 3_600_000), row);
      const hidden = await hidePublicName(db, {
        signatureId: row.id,
        reason: "Nombra a otra persona",
        organizerEmail: "organizer@example.org",
      });
      expect(hidden.outcome).toBe("hidden");
      expect(await db.publicNameHiding.count({ where: { signatureId: row.id } })).toBe(1);
      return row;
    };

    const withdrawn = await hideOne();
    expect(await withdrawSignature(db, deriveToken(SECRET, "withdraw", withdrawn.id), later(t0, DAY))).toBe(
      true,
    );
    expect(await db.publicNameHiding.count({ where: { signatureId: withdrawn.id } })).toBe(0);

    const erased = await hideOne();
    // A page of the public list cached before the erasure, and one of something else.
    await db.$executeRaw`
      INSERT INTO next_cache_entry (build_id, key, kind, value, tags, last_modified, expires_at)
      VALUES ('use-cache', 'list-page-1', 'USE_CACHE', decode('00', 'hex'), ARRAY['signature-counts'], now(), now() + interval '1 day'),
             ('use-cache', 'news', 'USE_CACHE', decode('00', 'hex'), ARRAY['news'], now(), now() + interval '1 day')`;
    const settings = { closesAt: "2027-10-15", retentionPeriod: { months: 1 } };
    await runRetention({
      db,
      settings,
      networkHashDays: 30,
      now: later(erasureDate(settings)!, 60_000),
      trigger: "tests",
    });
    expect(await db.signature.findUniqueOrThrow({ where: { id: erased.id } })).toMatchObject({ name: null });
    expect(await db.publicNameHiding.count({ where: { signatureId: erased.id } })).toBe(0);
    // Every server process hears the expiry; what it reached is gone from the database.
    expect((await db.nextCacheEntry.findMany({ select: { key: true } })).map((entry) => entry.key)).toEqual([
      "news",
    ]);
    expect(await db.nextCacheTag.findUnique({ where: { tag: "signature-counts" } })).toMatchObject({
      expiredAt: expect.any(Date),
    });
  });
});
