// What the consent record holds, for organizers: every version of the privacy notice per
// language with how many signatures accepted it, and how many times consent was withdrawn,
// set aside or narrowed to no news. Figures only: the record holds no personal data.
import { asLocale } from "@/i18n/locale-of";
import { routing, type Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";

export interface NoticeVersionUse {
  id: string;
  locale: Locale;
  version: string;
  text: string;
  firstShownAt: Date;
  /** The latest signing or confirmation under this version; null while none. */
  lastUsedAt: Date | null;
  /** Signatures whose form stood under this version (a resubmission counts once). */
  acceptedAtSigning: number;
  /** Signatures confirmed under this version. */
  acceptedAtConfirmation: number;
}

export interface ConsentTotals {
  withdrawn: number;
  invalidated: number;
  newsUnsubscribed: number;
}

export interface ConsentOverview {
  notices: NoticeVersionUse[];
  totals: ConsentTotals;
}

/** Every stored version, the site's languages in order, newest first within each. */
export async function readConsentOverview(db: Database): Promise<ConsentOverview> {
  const [notices, totals] = await Promise.all([
    db.$queryRaw<(Omit<NoticeVersionUse, "locale"> & { locale: string })[]>`
      SELECT n."id"::text AS id, n."locale", n."version", n."text", n."first_shown_at" AS "firstShownAt",
        u.last_used_at AS "lastUsedAt",
        COALESCE(u.signed, 0)::int AS "acceptedAtSigning",
        COALESCE(u.confirmed, 0)::int AS "acceptedAtConfirmation"
      FROM "privacy_notice" n
      LEFT JOIN (
        SELECT "notice_id", max("occurred_at") AS last_used_at,
          count(DISTINCT "signature_id") FILTER (WHERE "kind" = 'SIGNED') AS signed,
          count(DISTINCT "signature_id") FILTER (WHERE "kind" = 'CONFIRMED') AS confirmed
        FROM "consent_event" WHERE "notice_id" IS NOT NULL
        GROUP BY "notice_id"
      ) u ON u."notice_id" = n."id"
      ORDER BY n."first_shown_at" DESC, n."version"`,
    db.$queryRaw<ConsentTotals[]>`
      SELECT
        count(*) FILTER (WHERE "kind" = 'WITHDRAWN')::int AS withdrawn,
        count(*) FILTER (WHERE "kind" = 'INVALIDATED')::int AS invalidated,
        count(*) FILTER (WHERE "kind" = 'NEWS_UNSUBSCRIBED')::int AS "newsUnsubscribed"
      FROM "consent_event" WHERE "kind" IN ('WITHDRAWN', 'INVALIDATED', 'NEWS_UNSUBSCRIBED')`,
  ]);
  const order = (locale: Locale) => routing.locales.indexOf(locale);
  return {
    notices: notices
      .map((notice) => ({ ...notice, locale: asLocale(notice.locale) }))
      // Stable: within a language, the query's newest-first order stays.
      .sort((a, b) => order(a.locale) - order(b.locale)),
    totals: totals[0] ?? { withdrawn: 0, invalidated: 0, newsUnsubscribed: 0 },
  };
}
