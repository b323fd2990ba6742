import type { Locale } from "@/i18n/routing";
import { ensurePrivacyNotice } from "@/lib/consent/notice-store";
import { buildPrivacyNotice, privacyNoticeText } from "@/lib/consent/privacy-notice";
import { db, type Database } from "@/lib/db";
import type { AcceptedNotice } from "@/lib/petition/confirm";
import type { NewSignature } from "@/lib/petition/sign";
import { deriveToken } from "@/lib/security/tokens";

export const SECRET = process.env.APP_SECRET!;

/** A privacy notice per language, stored in the given database as the petition's actions store one. */
export async function storeNotices(database: Database): Promise<Record<Locale, AcceptedNotice>> {
  const store = async (locale: Locale): Promise<AcceptedNotice> => {
    const text = privacyNoticeText(
      buildPrivacyNotice(locale, { networkHashDays: 30, reminderAfterHours: 24 }),
    );
    return { noticeId: await ensurePrivacyNotice(database, locale, text), locale };
  };
  return { es: await store("es"), en: await store("en") };
}

/** The stored notices of the tests' database (lib/consent). */
export const NOTICE = await storeNotices(db());

let sequence = 0;
export function newSignature(overrides: Partial<NewSignature> = {}): NewSignature {
  sequence += 1;
  return {
    name: "Ana López",
    email: `ana.${Date.now()}.${sequence}@example.org`,
    countryCode: "MX",
    stateCode: "JAL",
    privacyConsent: true,
    showName: false,
    wantsUpdates: false,
    locale: "es",
    source: null,
    ipHash: "f".repeat(64),
    noticeId: NOTICE[overrides.locale ?? "es"].noticeId,
    ...overrides,
  };
}

export async function signatureByEmail(email: string) {
  return db().signature.findFirst({ where: { email } });
}

export async function confirmTokenFor(email: string): Promise<string> {
  const row = await signatureByEmail(email);
  if (!row?.confirmTokenIssuedAt) throw new Error("no pending signature");
  return deriveToken(SECRET, "confirm", row.id, row.confirmTokenIssuedAt);
}

export async function counts() {
  const rows = await db().signatureCount.findMany();
  const days = await db().signatureDailyCount.findMany();
  const get = (scope: string, code: string) =>
    rows.find((r) => r.scope === scope && r.code === code)?.count ?? 0;
  return { get, total: get("total", "all"), days: days.reduce((sum, d) => sum + d.count, 0) };
}

export async function jobsFor(signatureId: string) {
  return db().$queryRaw<{ task_identifier: string }[]>`
    SELECT t.identifier AS task_identifier
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE j.payload->>'signatureId' = ${signatureId}`;
}
