// The public counters against generated lives of signatures: signed, resubmitted, confirmed
// at any hour (across Mexico City's midnight), then withdrawn, invalidated, deleted or
// erased by retention, several at once, and edited by hand. After every run the counters
// equal a model built in TypeScript (the day computed with Intl in CAMPAIGN_TIME_ZONE, not by
// the database), the organizers' counters (summed over their slots) equal the dashboard's
// figures counted from the rows by its definitions, and reconcileCounts finds nothing to fix.
// The database is one of this file's own, so the model can be exact.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/routing";
import { migrate } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { invalidateSignatures } from "@/lib/organizers/abuse/invalidate";
import { confirmSignature, type AcceptedNotice } from "@/lib/petition/confirm";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { reconcileCounts } from "@/lib/petition/counters";
import { signPetition, type NewSignature } from "@/lib/petition/sign";
import { deriveToken } from "@/lib/security/tokens";
import { withdrawSignature } from "@/lib/petition/withdraw";
import { runRetention } from "@/lib/retention/run-retention";
import { newSignature, SECRET, storeNotices } from "../support/signatures";

const NUM_RUNS = 25;
const MINUTE = 60_000;
const BASE = Date.parse("2030-03-01T00:00:00Z");

const name = `counters_${process.pid}_${Date.now()}`;
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

type Place = Pick<NewSignature, "countryCode" | "stateCode">;

type Ending = "stays" | "withdrawn" | "invalidated" | "deleted";

interface Life {
  place: Place;
  /** A second submission while pending: the newest choices win. */
  resubmittedPlace: Place | null;
  signedAtMinute: number;
  /** Minutes after signing the link is used, within its validity; null: never confirmed. */
  confirmedAfterMinutes: number | null;
  /** Signing again once confirmed only sends a notice; the counters stay. */
  signsAgainAfterConfirming: boolean;
  ending: Ending;
}

// Few places, so signatures share counters.
const place: fc.Arbitrary<Place> = fc.oneof(
  fc.constantFrom("JAL", "CMX", "OAX").map((stateCode): Place => ({ countryCode: "MX", stateCode })),
  fc.constantFrom("CO", "US").map((countryCode): Place => ({ countryCode, stateCode: null })),
);

const life: fc.Arbitrary<Life> = fc.record({
  place,
  resubmittedPlace: fc.option(place),
  // Three days, so confirmations fall on either side of Mexico City's midnight (06:00 UTC).
  signedAtMinute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  confirmedAfterMinutes: fc.option(fc.integer({ min: 1, max: CONFIRMATION_TTL_HOURS * 60 - 10 })),
  signsAgainAfterConfirming: fc.boolean(),
  ending: fc.constantFrom<Ending>("stays", "withdrawn", "invalidated", "deleted"),
});

const campaignDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: CAMPAIGN_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** What the counters should read: every counter a confirmed, still counted signature is in. */
type Model = Map<string, number>;

function countIn(model: Model, where: Place, confirmedAt: Date) {
  const keys = [
    "total:all",
    `country:${where.countryCode}`,
    where.stateCode === null ? null : `state:${where.stateCode}`,
    `day:${campaignDay.format(confirmedAt)}`,
  ];
  for (const key of keys) if (key !== null) model.set(key, (model.get(key) ?? 0) + 1);
}

async function counters(): Promise<Model> {
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT "scope" || ':' || "code" AS key, "count" FROM "signature_count" WHERE "count" <> 0
    UNION ALL
    SELECT 'day:' || to_char("day", 'YYYY-MM-DD'), "count" FROM "signature_daily_count" WHERE "count" <> 0`;
  return new Map(rows.map((row) => [row.key, row.count]));
}

/**
 * The organizers' figures counted straight from the rows, by the definitions the dashboard
 * used when it scanned them (not by signature_tallies()): "<figure>/<dimension>/<day>/<key>",
 * and "<figure>/<dimension>/all time/<key>" for the breakdowns over every day.
 */
async function figuresFromRows(): Promise<Model> {
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    WITH s AS (
      SELECT *,
        to_char(("created_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date, 'YYYY-MM-DD') AS made_day,
        to_char(("confirmed_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date, 'YYYY-MM-DD') AS confirmed_day,
        to_char(("withdrawn_at" AT TIME ZONE ${CAMPAIGN_TIME_ZONE})::date, 'YYYY-MM-DD') AS withdrawn_day
      FROM "signature"
    ),
    confirmed AS (
      SELECT confirmed_day, d.dimension, d.key
      FROM s CROSS JOIN LATERAL (VALUES
        ('state', coalesce("state_code", '')), ('country', "country_code"::text),
        ('locale', "locale"::text), ('source', coalesce("source", ''))
      ) AS d (dimension, key)
      WHERE "status" = 'CONFIRMED'
    )
    SELECT 'made/all/' || made_day || '/' AS key, count(*)::int AS count FROM s
      WHERE "status" <> 'INVALIDATED' GROUP BY 1
    UNION ALL SELECT 'made_confirmed/all/' || made_day || '/', count(*)::int FROM s
      WHERE "status" <> 'INVALIDATED' AND "confirmed_at" IS NOT NULL GROUP BY 1
    UNION ALL SELECT 'pending/all/' || made_day || '/', count(*)::int FROM s WHERE "status" = 'PENDING' GROUP BY 1
    UNION ALL SELECT 'invalidated/all/' || made_day || '/', count(*)::int FROM s
      WHERE "status" = 'INVALIDATED' GROUP BY 1
    UNION ALL SELECT 'withdrawn/all/' || withdrawn_day || '/', count(*)::int FROM s
      WHERE "status" = 'WITHDRAWN' GROUP BY 1
    UNION ALL SELECT 'confirmed/all/' || confirmed_day || '/', count(*)::int FROM s
      WHERE "status" = 'CONFIRMED' GROUP BY 1
    UNION ALL SELECT 'confirmed/' || dimension || '/' || confirmed_day || '/' || key, count(*)::int FROM confirmed
      GROUP BY 1
    UNION ALL SELECT 'confirmed/' || dimension || '/all time/' || key, count(*)::int FROM confirmed GROUP BY 1`;
  return new Map(rows.map((row) => [row.key, row.count]));
}

/** The organizers' counters, each summed over its slots, in the keys of figuresFromRows. */
async function figureCounters(): Promise<Model> {
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT "figure" || '/' || "dimension" || '/' || to_char("day", 'YYYY-MM-DD') || '/' || "key" AS key,
           sum("count")::int AS count
    FROM "signature_tally_daily" GROUP BY 1 HAVING sum("count") <> 0
    UNION ALL
    SELECT "figure" || '/' || "dimension" || '/all time/' || "key", sum("count")::int
    FROM "signature_tally_all_time" GROUP BY 1 HAVING sum("count") <> 0`;
  return new Map(rows.map((row) => [row.key, row.count]));
}

/** A statement typed by hand: it changes a column a counter depends on, bypassing every function. */
type HandEdit = "source" | "locale" | "place" | "created" | "confirmed";

const handEdit: fc.Arbitrary<{ edit: HandEdit; pick: number }> = fc.record({
  edit: fc.constantFrom<HandEdit>("source", "locale", "place", "created", "confirmed"),
  pick: fc.nat(),
});

async function editByHand({ edit, pick }: { edit: HandEdit; pick: number }): Promise<void> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS id FROM "signature" ORDER BY "id"
    OFFSET ${pick}::int % greatest((SELECT count(*) FROM "signature"), 1) LIMIT 1`;
  if (!row) return;
  const id = row.id;
  switch (edit) {
    case "source":
      await db.$executeRaw`UPDATE "signature" SET "source" = CASE WHEN "source" IS NULL THEN 'radio' END WHERE "id" = ${id}::uuid`;
      break;
    case "locale":
      await db.$executeRaw`UPDATE "signature" SET "locale" = CASE "locale" WHEN 'es' THEN 'en' ELSE 'es' END WHERE "id" = ${id}::uuid`;
      break;
    case "place":
      await db.$executeRaw`
        UPDATE "signature" SET ("country_code", "state_code") =
          (SELECT CASE WHEN "country_code" = 'MX' THEN 'US' ELSE 'MX' END,
                  CASE WHEN "country_code" = 'MX' THEN NULL ELSE 'CMX' END)
        WHERE "id" = ${id}::uuid`;
      break;
    case "created":
      // Twelve hours: sometimes the same campaign day, sometimes the next.
      await db.$executeRaw`UPDATE "signature" SET "created_at" = "created_at" + interval '12 hours' WHERE "id" = ${id}::uuid`;
      break;
    case "confirmed":
      await db.$executeRaw`
        UPDATE "signature" SET "confirmed_at" = "confirmed_at" + interval '12 hours'
        WHERE "id" = ${id}::uuid AND "confirmed_at" IS NOT NULL`;
      break;
  }
}

const sorted = (model: Model) => [...model.entries()].sort(([a], [b]) => a.localeCompare(b));

/** Lives one signature through the real functions; returns where and when it counts, if it does. */
async function live(life: Life): Promise<{ place: Place; confirmedAt: Date } | null> {
  const signedAt = new Date(BASE + life.signedAtMinute * MINUTE);
  const email = `firma@${randomBytes(6).toString("hex")}.counters.test`;
  const context = (now: Date) => ({ db, secret: SECRET, now });
  const submission = (where: Place) => ({
    ...newSignature({ email, ...where }),
    noticeId: notices.es.noticeId,
  });

  expect(await signPetition(context(signedAt), submission(life.place))).toBe("stored");
  let current = life.place;
  if (life.resubmittedPlace) {
    expect(
      await signPetition(context(new Date(signedAt.getTime() + MINUTE)), submission(life.resubmittedPlace)),
    ).toBe("replaced");
    current = life.resubmittedPlace;
  }
  const row = await db.signature.findFirstOrThrow({ where: { email } });

  let confirmedAt: Date | null = null;
  if (life.confirmedAfterMinutes !== null) {
    confirmedAt = new Date(row.confirmTokenIssuedAt!.getTime() + life.confirmedAfterMinutes * MINUTE);
    const token = deriveToken(SECRET, "confirm", row.id, row.confirmTokenIssuedAt!);
    expect((await confirmSignature(context(confirmedAt), token, notices.es)).outcome).toBe("confirmed");
    if (life.signsAgainAfterConfirming) {
      const again = await signPetition(context(confirmedAt), submission(life.place));
      expect(["notified", "quiet"]).toContain(again);
    }
  }

  switch (life.ending) {
    case "withdrawn":
      expect(await withdrawSignature(db, deriveToken(SECRET, "withdraw", row.id))).toBe(true);
      return null;
    case "invalidated": {
      const criterion = {
        emailDomain: email.split("@")[1]!,
        ipHash: null,
        signedFrom: null,
        signedUntil: null,
      };
      const result = await invalidateSignatures(db, {
        criterion,
        organizerEmail: "ana@example.org",
        expected: 1,
      });
      expect(result.outcome).toBe("invalidated");
      return null;
    }
    case "deleted":
      await db.signature.delete({ where: { id: row.id } });
      return null;
    case "stays":
      return confirmedAt && { place: current, confirmedAt };
  }
}

describe("the public counters", () => {
  it("equal the confirmed signatures after any mix of signing, resubmitting, confirming, withdrawing, invalidating, deleting, erasing and editing by hand, run at once", async () => {
    const model: Model = new Map();
    await fc.assert(
      fc.asyncProperty(
        fc.array(life, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.array(handEdit, { maxLength: 3 }),
        async (lives, erase, edits) => {
          const counted = await Promise.all(lives.map(live));
          for (const signature of counted)
            if (signature) countIn(model, signature.place, signature.confirmedAt);
          // Hand edits change the rows under the public model; they are checked against the
          // rows' own counts below, and the model is rebuilt from the public counters after.
          for (const edit of edits) await editByHand(edit);
          expect(sorted(await figureCounters())).toEqual(sorted(await figuresFromRows()));
          if (edits.length > 0) {
            model.clear();
            for (const [key, count] of await counters()) model.set(key, count);
          }

          if (erase) {
            // Erasure after the campaign: every name goes, every figure stays; old pending rows go.
            await runRetention({
              db,
              settings: { closesAt: "2030-03-10", retentionPeriod: { months: 1 } },
              networkHashDays: 30,
              now: new Date("2031-01-01T00:00:00Z"),
              trigger: "tests",
            });
          }

          expect(sorted(await counters())).toEqual(sorted(model));
          expect(sorted(await figureCounters())).toEqual(sorted(await figuresFromRows()));
          expect(await reconcileCounts(db)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    expect(model.get("total:all") ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it("let signers on different connections sign at once, without waiting for each other's commit", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    // Connections until two write to different slots (a slot is chosen per backend).
    const clients: pg.Client[] = [];
    const slotOf = async (client: pg.Client) =>
      (await client.query<{ slot: number }>("SELECT signature_tally_slot() AS slot")).rows[0]!.slot;
    try {
      let first: pg.Client | undefined;
      let second: pg.Client | undefined;
      while (!second) {
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        clients.push(client);
        if (!first) first = client;
        else if ((await slotOf(client)) !== (await slotOf(first))) second = client;
      }
      const insert = (client: pg.Client, email: string) =>
        client.query(
          `INSERT INTO "signature" ("name", "email", "email_canonical", "country_code", "state_code", "locale")
           VALUES ('Ana', $1, $1, 'MX', 'JAL', 'es')`,
          [email],
        );
      await first!.query("BEGIN");
      await insert(first!, "first@slots.test");
      // Same campaign day, same counters: with one row per counter this would wait for the first.
      await second.query("SET lock_timeout = '2s'");
      await insert(second, "second@slots.test");
      await first!.query("COMMIT");
      expect(sorted(await figureCounters())).toEqual(sorted(await figuresFromRows()));
      expect(await reconcileCounts(db)).toEqual([]);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it("are empty once the signatures are gone", async () => {
    await db.signature.deleteMany();
    expect(await counters()).toEqual(new Map());
    expect(await figureCounters()).toEqual(new Map());
    expect(await reconcileCounts(db)).toEqual([]);
  });

  it("count a day in Mexico City time, whatever the server's time zone", async () => {
    const instants = ["2030-03-02T05:59:59.999Z", "2030-03-02T06:00:00.000Z", "2030-10-27T06:30:00Z"];
    const days = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL TIME ZONE 'Asia/Tokyo'`;
      return tx.$queryRaw<{ day: string }[]>`
        SELECT to_char(campaign_day(instant), 'YYYY-MM-DD') AS day
        FROM unnest(${instants}::text[]::timestamptz[]) WITH ORDINALITY AS i(instant, n)
        ORDER BY n`;
    });
    expect(days.map((row) => row.day)).toEqual(
      instants.map((instant) => campaignDay.format(new Date(instant))),
    );
    expect(days.map((row) => row.day)).toEqual(["2030-03-01", "2030-03-02", "2030-10-27"]);
  });

  it("report and repair a counter changed by hand", async () => {
    const row = await db.signature.create({
      data: {
        status: "CONFIRMED",
        name: "Ana",
        email: "ana@reconcile.test",
        emailCanonical: "ana@reconcile.test",
        countryCode: "MX",
        stateCode: "OAX",
        locale: "es",
        confirmedAt: new Date("2030-03-02T05:00:00Z"),
      },
    });
    expect(sorted(await counters())).toEqual([
      ["country:MX", 1],
      ["day:2030-03-01", 1],
      ["state:OAX", 1],
      ["total:all", 1],
    ]);
    await db.$executeRaw`UPDATE "signature_count" SET "count" = 7 WHERE "scope" = 'state' AND "code" = 'OAX'`;
    await db.$executeRaw`DELETE FROM "signature_daily_count"`;
    expect(await reconcileCounts(db, { fix: true })).toEqual([
      { scope: "day", code: "2030-03-01", counter: 0, actual: 1 },
      { scope: "state", code: "OAX", counter: 7, actual: 1 },
    ]);
    expect(await reconcileCounts(db)).toEqual([]);
    await db.signature.delete({ where: { id: row.id } });
    expect(await counters()).toEqual(new Map());
  });
});
