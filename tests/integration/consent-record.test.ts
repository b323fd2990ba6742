// The consent record on the real database: which notice each signature accepted, in which
// language, at signing and at confirmation; what survives withdrawal and invalidation; and
// what organizers are shown.
import { randomBytes, randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/routing";
import { readConsentOverview } from "@/lib/consent/consent-overview";
import { ensurePrivacyNotice, storePrivacyNotice } from "@/lib/consent/notice-store";
import {
  buildPrivacyNotice,
  privacyNoticeInputs,
  privacyNoticeText,
  privacyNoticeVersion,
} from "@/lib/consent/privacy-notice";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { invalidateSignatures, previewInvalidation } from "@/lib/organizers/abuse/invalidate";
import { confirmSignature } from "@/lib/petition/confirm";
import { signPetition } from "@/lib/petition/sign";
import { submitSignature } from "@/lib/petition/submit-signature";
import { deriveToken } from "@/lib/security/tokens";
import { withdrawSignature } from "@/lib/petition/withdraw";
import { deleteSetting, readSettings, saveSetting } from "@/lib/settings/read-settings";
import { NOTICE, SECRET, confirmTokenFor, newSignature, signatureByEmail } from "./support/signatures";

// A network-hash period no other file uses, so the notices built here are this file's own.
const NETWORK_HASH_DAYS = 97;
const context = () => ({ db: db(), secret: SECRET });

/** The notice in force for the stored settings, stored as the petition's actions store it. */
async function noticeInForce(locale: Locale): Promise<{ id: string; version: string; text: string }> {
  const inputs = privacyNoticeInputs(await readSettings(db()), NETWORK_HASH_DAYS);
  const text = privacyNoticeText(buildPrivacyNotice(locale, inputs));
  return { id: await ensurePrivacyNotice(db(), locale, text), version: privacyNoticeVersion(text), text };
}

const eventsOf = (signatureId: string) =>
  db().consentEvent.findMany({
    where: { signatureId },
    orderBy: [{ occurredAt: "asc" }, { kind: "asc" }],
    include: { notice: { select: { version: true, locale: true, text: true } } },
  });

afterEach(async () => {
  await deleteSetting(db(), "retentionPeriod");
});

describe("the privacy notice's versions", () => {
  it("stores each text once per language and returns the same id from any process", async () => {
    const text = `Aviso de prueba ${randomBytes(8).toString("hex")}`;
    const first = await storePrivacyNotice(db(), "es", text, new Date("2026-11-30T12:00:00Z"));
    expect(await ensurePrivacyNotice(db(), "es", text)).toBe(first.id);
    expect(first).toMatchObject({
      version: privacyNoticeVersion(text),
      firstShownAt: new Date("2026-11-30T12:00:00Z"),
    });

    // Another process (a client without this one's cache) finds the stored row.
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
    try {
      const again = await storePrivacyNotice(other, "es", text, new Date("2027-01-01T00:00:00Z"));
      expect(again).toEqual(first);
      // The same words in another language are another notice.
      expect(await ensurePrivacyNotice(other, "en", text)).not.toBe(first.id);
    } finally {
      await other.$disconnect();
    }
    expect(await db().privacyNotice.count({ where: { version: privacyNoticeVersion(text) } })).toBe(2);
  });
});

describe("the consent record", () => {
  it("records the notice accepted at signing and the one accepted at confirmation, and keeps both texts", async () => {
    await saveSetting(db(), "retentionPeriod", { months: 12 });
    const v1 = await noticeInForce("es");
    const signature = newSignature({ noticeId: v1.id, showName: false, wantsUpdates: false });
    const signedAt = new Date();
    await signPetition({ ...context(), now: signedAt }, signature);
    const row = (await signatureByEmail(signature.email))!;

    // Organizers change a setting the notice states: a new version is in force.
    await saveSetting(db(), "retentionPeriod", { months: 18 });
    const v2 = await noticeInForce("es");
    expect(v2.version).not.toBe(v1.version);

    const confirmedAt = new Date(signedAt.getTime() + 60_000);
    const token = await confirmTokenFor(signature.email);
    const accepted = { noticeId: v2.id, locale: "es" as const };
    const choices = { showName: true, wantsUpdates: true };
    expect(
      (await confirmSignature({ ...context(), now: confirmedAt }, token, accepted, choices)).outcome,
    ).toBe("confirmed");
    // Confirming again records nothing more.
    await confirmSignature({ ...context(), now: new Date(confirmedAt.getTime() + 1000) }, token, accepted);

    const events = await eventsOf(row.id);
    expect(
      events.map(({ kind, locale, showName, wantsUpdates, occurredAt, notice }) => ({
        kind,
        locale,
        showName,
        wantsUpdates,
        occurredAt,
        version: notice?.version,
      })),
    ).toEqual([
      {
        kind: "SIGNED",
        locale: "es",
        showName: false,
        wantsUpdates: false,
        occurredAt: signedAt,
        version: v1.version,
      },
      {
        kind: "CONFIRMED",
        locale: "es",
        showName: true,
        wantsUpdates: true,
        occurredAt: confirmedAt,
        version: v2.version,
      },
    ]);
    expect(events[0]!.notice!.text).toContain("hasta 12 meses después del cierre");
    expect(events[1]!.notice!.text).toContain("hasta 18 meses después del cierre");
  });

  it("keeps the events after withdrawal, with no personal data in them", async () => {
    const notice = await noticeInForce("en");
    const ipHash = randomBytes(32).toString("hex");
    const signature = newSignature({ noticeId: notice.id, locale: "en", name: "Zoë Withdrawn", ipHash });
    await signPetition(context(), signature);
    const row = (await signatureByEmail(signature.email))!;
    await confirmSignature(context(), await confirmTokenFor(signature.email), {
      noticeId: notice.id,
      locale: "en",
    });

    const withdrawnAt = new Date(Date.now() + 120_000);
    expect(await withdrawSignature(db(), deriveToken(SECRET, "withdraw", row.id), withdrawnAt)).toBe(true);

    const events = await eventsOf(row.id);
    expect(events.map((event) => event.kind)).toEqual(["SIGNED", "CONFIRMED", "WITHDRAWN"]);
    expect(events[2]).toMatchObject({
      noticeId: null,
      locale: "en",
      showName: null,
      wantsUpdates: null,
      occurredAt: withdrawnAt,
    });
    expect(await db().signature.findUnique({ where: { id: row.id } })).toMatchObject({
      status: "WITHDRAWN",
      name: null,
      email: null,
    });

    // The record has only these columns, and nothing the signer typed or sent is in it.
    const columns = await db().$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'consent_event' ORDER BY column_name`;
    expect(columns.map((column) => column.column_name)).toEqual([
      "id",
      "kind",
      "locale",
      "notice_id",
      "occurred_at",
      "show_name",
      "signature_id",
      "wants_updates",
    ]);
    const stored = await db().$queryRaw<{ json: string }[]>`
      SELECT row_to_json(e)::text AS json FROM "consent_event" e WHERE "signature_id" = ${row.id}::uuid`;
    expect(stored).toHaveLength(3);
    for (const { json } of stored) {
      for (const personal of [signature.email, signature.name, "Zoë", ipHash])
        expect(json).not.toContain(personal);
    }
  });

  it("records a resubmission's new choices and language, and nothing for a mailbox already confirmed", async () => {
    const es = await noticeInForce("es");
    const en = await noticeInForce("en");
    const signature = newSignature({ noticeId: es.id });
    await signPetition(context(), signature);
    const row = (await signatureByEmail(signature.email))!;
    const again = { ...signature, noticeId: en.id, locale: "en" as const, showName: true };
    expect(await signPetition({ ...context(), now: new Date(Date.now() + 1000) }, again)).toBe("replaced");

    const events = await eventsOf(row.id);
    expect(
      events.map(({ kind, locale, showName, notice }) => [kind, locale, showName, notice?.version]),
    ).toEqual([
      ["SIGNED", "es", false, es.version],
      ["SIGNED", "en", true, en.version],
    ]);

    const start = Date.now();
    await confirmSignature(
      { ...context(), now: new Date(start + 2000) },
      await confirmTokenFor(signature.email),
      {
        noticeId: en.id,
        locale: "en",
      },
    );
    expect(await signPetition({ ...context(), now: new Date(start + 3000) }, again)).toBe("notified");
    expect((await eventsOf(row.id)).map((event) => event.kind)).toEqual(["SIGNED", "SIGNED", "CONFIRMED"]);
  });

  it("never stores a signature without its record", async () => {
    const signature = newSignature({ noticeId: "00000000-0000-4000-8000-000000000000" });
    await expect(signPetition(context(), signature)).rejects.toThrow();
    expect(await signatureByEmail(signature.email)).toBeNull();
  });

  it("records the notice of the form's language through the form's submission", async () => {
    const asked: Locale[] = [];
    const result = await submitSignature(
      {
        ...context(),
        signLimit: { name: `consent-${Date.now()}`, rule: { points: 1000, windowSeconds: 3600 } },
        petitionPhase: async () => "open",
        privacyNoticeId: async (locale) => {
          asked.push(locale);
          return NOTICE[locale].noticeId;
        },
      },
      {
        fields: {
          name: "Ana Formulario",
          email: `form.${Date.now()}@example.org`,
          residence: "JAL",
          privacyConsent: "on",
          wantsUpdates: "on",
        },
        locale: "en",
        network: "203.0.113.9",
        referral: undefined,
      },
    );
    expect(result).toEqual({ status: "signed" });
    expect(asked).toEqual(["en"]);
    const row = await db().signature.findFirstOrThrow({
      where: { name: "Ana Formulario" },
      orderBy: { createdAt: "desc" },
    });
    expect(await db().consentEvent.findMany({ where: { signatureId: row.id } })).toMatchObject([
      { kind: "SIGNED", noticeId: NOTICE.en.noticeId, locale: "en", wantsUpdates: true },
    ]);
  });

  it("records INVALIDATED, in each signature's language, when organizers set signatures aside", async () => {
    const domain = `consent-${randomBytes(6).toString("hex")}.test`;
    const spanish = newSignature({ email: `uno@${domain}` });
    const english = newSignature({ email: `dos@${domain}`, locale: "en", noticeId: NOTICE.en.noticeId });
    await signPetition(context(), spanish);
    await signPetition(context(), english);
    await confirmSignature(context(), await confirmTokenFor(english.email), NOTICE.en);
    const ids = [(await signatureByEmail(spanish.email))!.id, (await signatureByEmail(english.email))!.id];

    const criterion = { emailDomain: domain, ipHash: null, signedFrom: null, signedUntil: null };
    const { matched } = await previewInvalidation(db(), criterion);
    const at = new Date(Date.now() + 60_000);
    const result = await invalidateSignatures(db(), {
      criterion,
      organizerEmail: "organizer@example.org",
      expected: matched,
      now: at,
    });
    expect(result.outcome).toBe("invalidated");

    const invalidated = await db().consentEvent.findMany({
      where: { signatureId: { in: ids }, kind: "INVALIDATED" },
      orderBy: { locale: "asc" },
    });
    expect(
      invalidated.map(({ signatureId, locale, noticeId, occurredAt }) => ({
        signatureId,
        locale,
        noticeId,
        occurredAt,
      })),
    ).toEqual([
      { signatureId: ids[1], locale: "en", noticeId: null, occurredAt: at },
      { signatureId: ids[0], locale: "es", noticeId: null, occurredAt: at },
    ]);
    expect((await eventsOf(ids[1]!)).map((event) => event.kind)).toEqual([
      "SIGNED",
      "CONFIRMED",
      "INVALIDATED",
    ]);
  });
});

describe("the organizers' view of the record", () => {
  it("counts each version's signatures at signing and at confirmation, and the withdrawals, invalidations and unsubscriptions", async () => {
    await saveSetting(db(), "retentionPeriod", { months: 30 });
    const v1 = await noticeInForce("es");
    await saveSetting(db(), "retentionPeriod", { months: 31 });
    const v2 = await noticeInForce("es");
    const before = await readConsentOverview(db());

    // Three sign under v1; two confirm under v2 (one of them twice), one signs under v2 and
    // resubmits; one withdraws; one stops news.
    const t0 = new Date(Date.now() + 10 * 60_000);
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const underV1 = [
      newSignature({ noticeId: v1.id }),
      newSignature({ noticeId: v1.id }),
      newSignature({ noticeId: v1.id }),
    ];
    for (const signature of underV1) await signPetition({ ...context(), now: at(0) }, signature);
    for (const signature of underV1.slice(0, 2)) {
      const token = await confirmTokenFor(signature.email);
      await confirmSignature({ ...context(), now: at(1) }, token, { noticeId: v2.id, locale: "es" });
      await confirmSignature({ ...context(), now: at(2) }, token, { noticeId: v2.id, locale: "es" });
    }
    const underV2 = newSignature({ noticeId: v2.id });
    await signPetition({ ...context(), now: at(3) }, underV2);
    await signPetition({ ...context(), now: at(4) }, { ...underV2, showName: true });
    const withdrawn = (await signatureByEmail(underV1[2]!.email))!;
    await withdrawSignature(db(), deriveToken(SECRET, "withdraw", withdrawn.id), at(5));
    const unsubscribed = (await signatureByEmail(underV1[0]!.email))!;
    await db().consentEvent.create({
      data: {
        id: randomUUID(),
        signatureId: unsubscribed.id,
        kind: "NEWS_UNSUBSCRIBED",
        locale: "es",
        wantsUpdates: false,
        occurredAt: at(6),
      },
    });

    const after = await readConsentOverview(db());
    const use = (id: string) => after.notices.find((notice) => notice.id === id);
    expect(use(v1.id)).toMatchObject({
      locale: "es",
      version: v1.version,
      text: v1.text,
      acceptedAtSigning: 3,
      acceptedAtConfirmation: 0,
      lastUsedAt: at(0),
    });
    expect(use(v2.id)).toMatchObject({
      locale: "es",
      version: v2.version,
      acceptedAtSigning: 1,
      acceptedAtConfirmation: 2,
      lastUsedAt: at(4),
    });
    expect(after.totals).toEqual({
      withdrawn: before.totals.withdrawn + 1,
      invalidated: before.totals.invalidated,
      newsUnsubscribed: before.totals.newsUnsubscribed + 1,
    });

    // Spanish versions first, then English; newest first within each language.
    const locales = after.notices.map((notice) => notice.locale);
    expect(locales.indexOf("en")).toBeGreaterThan(locales.lastIndexOf("es"));
    const spanish = after.notices
      .filter((notice) => notice.locale === "es")
      .map((notice) => notice.firstShownAt.getTime());
    expect(spanish).toEqual([...spanish].sort((a, b) => b - a));
  });
});

afterAll(async () => {
  await deleteSetting(db(), "retentionPeriod");
});
