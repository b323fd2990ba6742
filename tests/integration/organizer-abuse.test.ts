import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import type { Criterion } from "@/lib/organizers/abuse/criterion";
import { invalidateSignatures, previewInvalidation } from "@/lib/organizers/abuse/invalidate";
import { findAbuseSignals } from "@/lib/organizers/abuse/signals";
import {
  DOMAIN_THRESHOLD,
  NETWORK_THRESHOLD,
  SIGNAL_WINDOW_MINUTES,
  WEBMAIL_DOMAIN_THRESHOLD,
} from "@/lib/organizers/abuse/thresholds";
import { confirmSignature } from "@/lib/petition/confirm";
import { reconcileCounts } from "@/lib/petition/counters";
import { signPetition, type NewSignature } from "@/lib/petition/sign";
import {
  NOTICE,
  SECRET,
  confirmTokenFor,
  counts,
  newSignature,
  signatureByEmail,
} from "./support/signatures";

const ORGANIZER = "organizer@example.org";
const MINUTE = 60_000;

// Every test works in an hour of its own, years ahead of the other files' signatures,
// with domains and network hashes nobody else uses.
let hourSequence = 0;
function freshHour(): Date {
  hourSequence += 1;
  return new Date(Date.UTC(2031, 0, 1) + (Date.now() % 1000) * 24 * 60 * MINUTE + hourSequence * 60 * MINUTE);
}
const uniqueDomain = () => `abuse-${randomBytes(6).toString("hex")}.test`;
const uniqueNetwork = () => randomBytes(32).toString("hex");
const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * MINUTE);

let mailbox = 0;
interface SignOptions {
  domain?: string;
  ipHash?: string;
  at: Date;
  stateCode?: NewSignature["stateCode"];
  email?: string;
}

/** Stores a pending signature created at `at`; returns its email address. */
async function sign({
  domain = uniqueDomain(),
  ipHash = uniqueNetwork(),
  at,
  stateCode = "JAL",
  email,
}: SignOptions) {
  mailbox += 1;
  const signature = newSignature({
    email: email ?? `firma${Date.now()}x${mailbox}@${domain}`,
    ipHash,
    stateCode,
  });
  await signPetition({ db: db(), secret: SECRET, now: at }, signature);
  return signature.email;
}

async function signMany(count: number, options: SignOptions): Promise<string[]> {
  const emails: string[] = [];
  for (let i = 0; i < count; i += 1) emails.push(await sign(options));
  return emails;
}

async function confirm(email: string, at: Date) {
  const result = await confirmSignature(
    { db: db(), secret: SECRET, now: at },
    await confirmTokenFor(email),
    NOTICE.es,
  );
  expect(result.outcome).toBe("confirmed");
}

function criterion(parts: Partial<Criterion>): Criterion {
  return { emailDomain: null, ipHash: null, signedFrom: null, signedUntil: null, ...parts };
}

async function idsOf(emails: string[]): Promise<string[]> {
  return Promise.all(emails.map(async (email) => (await signatureByEmail(email))!.id));
}

/** Waits until this many sessions of the test database are blocked on a lock. */
async function waitForLockWaiters(client: pg.Client, count: number) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await client.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0]!.waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`fewer than ${count} sessions waited for a lock`);
}

describe("abuse signals", () => {
  it("shows a network from the threshold up and not one just below it", async () => {
    const now = freshHour();
    const busy = uniqueNetwork();
    const quiet = uniqueNetwork();
    await signMany(NETWORK_THRESHOLD, { ipHash: busy, at: minutesAfter(now, -30) });
    await signMany(NETWORK_THRESHOLD - 1, { ipHash: quiet, at: minutesAfter(now, -30) });

    const { networks } = await findAbuseSignals(db(), now);
    expect(networks).toContainEqual({ ipHash: busy, signatures: NETWORK_THRESHOLD, confirmed: 0 });
    expect(networks.map((signal) => signal.ipHash)).not.toContain(quiet);
  });

  it("counts only the signatures of the last hour", async () => {
    const now = freshHour();
    const network = uniqueNetwork();
    const domain = uniqueDomain();
    await signMany(NETWORK_THRESHOLD, {
      ipHash: network,
      domain,
      at: minutesAfter(now, -SIGNAL_WINDOW_MINUTES - 1),
    });

    const current = await findAbuseSignals(db(), now);
    expect(current.networks.map((signal) => signal.ipHash)).not.toContain(network);
    expect(current.domains.map((signal) => signal.domain)).not.toContain(domain);

    const earlier = await findAbuseSignals(db(), minutesAfter(now, -30));
    expect(earlier.networks.map((signal) => signal.ipHash)).toContain(network);
    expect(earlier.domains.map((signal) => signal.domain)).toContain(domain);
  });

  it("shows a domain from the threshold up, with its confirmed signatures, and not one just below it", async () => {
    const now = freshHour();
    const busy = uniqueDomain();
    const quiet = uniqueDomain();
    const emails = await signMany(DOMAIN_THRESHOLD, { domain: busy, at: minutesAfter(now, -10) });
    await signMany(DOMAIN_THRESHOLD - 1, { domain: quiet, at: minutesAfter(now, -10) });
    await confirm(emails[0]!, minutesAfter(now, -5));

    const { domains } = await findAbuseSignals(db(), now);
    expect(domains).toContainEqual({
      domain: busy,
      signatures: DOMAIN_THRESHOLD,
      confirmed: 1,
      webmail: false,
    });
    expect(domains.map((signal) => signal.domain)).not.toContain(quiet);
  });

  it("holds big webmail providers to their much higher threshold", async () => {
    const now = freshHour();
    const at = minutesAfter(now, -20);
    const run = randomBytes(4).toString("hex");
    // No dots in the local part: gmail ignores them, so they would all be one mailbox.
    for (let i = 0; i < WEBMAIL_DOMAIN_THRESHOLD - 1; i += 1) {
      await sign({ email: `abuse${run}n${i}@gmail.com`, at });
    }
    const below = await findAbuseSignals(db(), now);
    expect(below.domains.map((signal) => signal.domain)).not.toContain("gmail.com");

    await sign({ email: `abuse${run}last@GMail.com`, at });
    const above = await findAbuseSignals(db(), now);
    expect(above.domains).toContainEqual({
      domain: "gmail.com",
      signatures: WEBMAIL_DOMAIN_THRESHOLD,
      confirmed: 0,
      webmail: true,
    });
  });
});

describe("invalidation", () => {
  it("previews how many signatures match and how many of them are confirmed", async () => {
    const at = freshHour();
    const domain = uniqueDomain();
    const emails = await signMany(3, { domain, at });
    await confirm(emails[0]!, at);
    await confirm(emails[1]!, at);

    expect(await previewInvalidation(db(), criterion({ emailDomain: domain }))).toEqual({
      matched: 3,
      confirmed: 2,
    });
    expect(await previewInvalidation(db(), criterion({ emailDomain: uniqueDomain() }))).toEqual({
      matched: 0,
      confirmed: 0,
    });
  });

  it("invalidates by email domain: erases personal data, logs it and lowers the public count by the confirmed ones", async () => {
    const at = freshHour();
    const domain = uniqueDomain();
    const emails = [
      await sign({ domain, at, stateCode: "OAX" }),
      await sign({ domain, at, stateCode: "OAX" }),
      await sign({ domain, at, stateCode: "CHP" }),
    ];
    for (const email of emails.slice(0, 2)) await confirm(email, minutesAfter(at, 5));
    const ids = await idsOf(emails);
    const before = await counts();

    const result = await invalidateSignatures(db(), {
      criterion: criterion({ emailDomain: domain }),
      organizerEmail: ORGANIZER,
      expected: 3,
    });

    expect(result).toMatchObject({ outcome: "invalidated", signatureCount: 3, confirmedCount: 2 });
    const after = await counts();
    expect(before.total - after.total).toBe(2);
    expect(before.get("state", "OAX") - after.get("state", "OAX")).toBe(2);
    expect(before.get("country", "MX") - after.get("country", "MX")).toBe(2);
    expect(before.days - after.days).toBe(2);
    expect(await reconcileCounts(db())).toEqual([]);

    const rows = await db().signature.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({
        status: "INVALIDATED",
        name: null,
        email: null,
        emailCanonical: null,
        ipHash: null,
        confirmTokenHash: null,
        withdrawTokenHash: null,
        withdrawnAt: null,
      });
      expect(row.invalidationId).toBe(result.outcome === "invalidated" ? result.invalidationId : "");
    }

    const log = await db().signatureInvalidation.findMany({ where: { emailDomain: domain } });
    expect(log).toEqual([
      expect.objectContaining({
        organizerEmail: ORGANIZER,
        emailDomain: domain,
        ipHash: null,
        signedFrom: null,
        signedUntil: null,
        signatureCount: 3,
        confirmedCount: 2,
      }),
    ]);
  });

  it("invalidates by network", async () => {
    const at = freshHour();
    const network = uniqueNetwork();
    const targets = await signMany(2, { ipHash: network, at });
    const bystander = await sign({ at });
    await confirm(targets[0]!, at);

    const result = await invalidateSignatures(db(), {
      criterion: criterion({ ipHash: network }),
      organizerEmail: ORGANIZER,
      expected: 2,
    });

    expect(result).toMatchObject({ outcome: "invalidated", signatureCount: 2, confirmedCount: 1 });
    expect(await db().signature.count({ where: { ipHash: network } })).toBe(0);
    expect((await signatureByEmail(bystander))?.status).toBe("PENDING");
    expect(await reconcileCounts(db())).toEqual([]);
  });

  it("invalidates by signing time, from included and until excluded", async () => {
    const from = freshHour();
    const until = minutesAfter(from, 30);
    const network = uniqueNetwork();
    const before = await sign({ ipHash: network, at: minutesAfter(from, -1) });
    const atStart = await sign({ ipHash: network, at: from });
    const inside = await sign({ ipHash: network, at: minutesAfter(from, 29) });
    const atEnd = await sign({ ipHash: network, at: until });
    await confirm(inside, minutesAfter(from, 29));

    const window = criterion({ signedFrom: from, signedUntil: until });
    expect(await previewInvalidation(db(), window)).toEqual({ matched: 2, confirmed: 1 });
    const result = await invalidateSignatures(db(), {
      criterion: window,
      organizerEmail: ORGANIZER,
      expected: 2,
    });

    expect(result).toMatchObject({ outcome: "invalidated", signatureCount: 2, confirmedCount: 1 });
    expect(await signatureByEmail(atStart)).toBeNull();
    expect(await signatureByEmail(inside)).toBeNull();
    expect((await signatureByEmail(before))?.status).toBe("PENDING");
    expect((await signatureByEmail(atEnd))?.status).toBe("PENDING");
    const log = await db().signatureInvalidation.findFirst({ where: { signedFrom: from } });
    expect(log).toMatchObject({ signedFrom: from, signedUntil: until, emailDomain: null, ipHash: null });
    expect(await reconcileCounts(db())).toEqual([]);
  });

  it("combines criteria: a signature must meet all of them", async () => {
    const at = freshHour();
    const domain = uniqueDomain();
    const network = uniqueNetwork();
    const both = await sign({ domain, ipHash: network, at });
    const domainOnly = await sign({ domain, at });
    const networkOnly = await sign({ ipHash: network, at });
    const late = await sign({ domain, ipHash: network, at: minutesAfter(at, 90) });

    const combined = criterion({ emailDomain: domain, ipHash: network, signedUntil: minutesAfter(at, 60) });
    expect(await previewInvalidation(db(), combined)).toEqual({ matched: 1, confirmed: 0 });
    const result = await invalidateSignatures(db(), {
      criterion: combined,
      organizerEmail: ORGANIZER,
      expected: 1,
    });

    expect(result).toMatchObject({ outcome: "invalidated", signatureCount: 1 });
    expect(await signatureByEmail(both)).toBeNull();
    for (const email of [domainOnly, networkOnly, late]) {
      expect((await signatureByEmail(email))?.status).toBe("PENDING");
    }
  });

  it("changes nothing and returns the new numbers when the matches changed since the preview", async () => {
    const at = freshHour();
    const domain = uniqueDomain();
    const emails = await signMany(2, { domain, at });
    const byDomain = criterion({ emailDomain: domain });
    const preview = await previewInvalidation(db(), byDomain);
    emails.push(await sign({ domain, at }));
    await confirm(emails[2]!, at);
    const before = await counts();

    const result = await invalidateSignatures(db(), {
      criterion: byDomain,
      organizerEmail: ORGANIZER,
      expected: preview.matched,
    });

    expect(result).toEqual({ outcome: "changed", matched: 3, confirmed: 1 });
    expect((await counts()).total).toBe(before.total);
    for (const email of emails) expect(await signatureByEmail(email)).not.toBeNull();
    expect(await db().signatureInvalidation.count({ where: { emailDomain: domain } })).toBe(0);
  });

  it("does nothing when nothing matches", async () => {
    const result = await invalidateSignatures(db(), {
      criterion: criterion({ emailDomain: uniqueDomain() }),
      organizerEmail: ORGANIZER,
      expected: 0,
    });
    expect(result).toEqual({ outcome: "changed", matched: 0, confirmed: 0 });
  });

  it("lets the same person sign again after an invalidation", async () => {
    const at = freshHour();
    const domain = uniqueDomain();
    const email = await sign({ domain, at });
    await confirm(email, at);
    await invalidateSignatures(db(), {
      criterion: criterion({ emailDomain: domain }),
      organizerEmail: ORGANIZER,
      expected: 1,
    });

    await sign({ email, at: minutesAfter(at, 10) });
    const again = await signatureByEmail(email);
    expect(again).toMatchObject({ status: "PENDING", email });
    await confirm(email, minutesAfter(at, 11));
    expect(await reconcileCounts(db())).toEqual([]);
  });

  it("keeps the counters true when confirmations arrive during an invalidation", async () => {
    const at = freshHour();
    const domain = uniqueDomain();
    const emails = await signMany(8, { domain, at });
    const tokens = await Promise.all(emails.map((email) => confirmTokenFor(email)));
    const before = await counts();

    const [result] = await Promise.all([
      invalidateSignatures(db(), {
        criterion: criterion({ emailDomain: domain }),
        organizerEmail: ORGANIZER,
        expected: 8,
      }),
      ...tokens.map((token) =>
        confirmSignature({ db: db(), secret: SECRET, now: minutesAfter(at, 1) }, token, NOTICE.es),
      ),
    ]);

    expect(result).toMatchObject({ outcome: "invalidated", signatureCount: 8 });
    expect(await db().signature.count({ where: { email: { endsWith: `@${domain}` } } })).toBe(0);
    expect((await counts()).total).toBe(before.total);
    expect(await reconcileCounts(db())).toEqual([]);
  });

  it("counts a confirmation that was under way when the invalidation began, then uncounts it", async () => {
    const at = freshHour();
    const domain = uniqueDomain();
    const [first, second] = await signMany(2, { domain, at });
    await confirm(first!, at);
    const secondToken = await confirmTokenFor(second!);

    // Hold the day's counter so the second confirmation stops halfway, its signature locked.
    const holder = new pg.Client({ connectionString: inject("databaseUrl") });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(
        `SELECT 1 FROM "signature_daily_count"
         WHERE "day" = ($1::timestamptz AT TIME ZONE 'America/Mexico_City')::date FOR UPDATE`,
        [at],
      );
      const confirming = confirmSignature({ db: db(), secret: SECRET, now: at }, secondToken, NOTICE.es);
      await waitForLockWaiters(holder, 1);
      const invalidating = invalidateSignatures(db(), {
        criterion: criterion({ emailDomain: domain }),
        organizerEmail: ORGANIZER,
        expected: 2,
      });
      await waitForLockWaiters(holder, 2);
      await holder.query("COMMIT");

      expect((await confirming).outcome).toBe("confirmed");
      expect(await invalidating).toMatchObject({
        outcome: "invalidated",
        signatureCount: 2,
        confirmedCount: 2,
      });
    } finally {
      await holder.end();
    }
    expect(await reconcileCounts(db())).toEqual([]);
  });

  it("refuses, through the database, an invalidation without any criterion", async () => {
    const everything = criterion({});
    const { matched } = await previewInvalidation(db(), everything);
    const before = await counts();

    await expect(
      invalidateSignatures(db(), { criterion: everything, organizerEmail: ORGANIZER, expected: matched }),
    ).rejects.toThrow();
    expect((await counts()).total).toBe(before.total);
    expect((await previewInvalidation(db(), everything)).matched).toBe(matched);
  });
});
