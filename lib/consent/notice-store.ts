// Every version of the privacy notice is kept, per language, with its full text: the consent
// record points at the exact words a signer accepted. The controller must be able to prove
// consent (Reglamento de la LFPDPPP, art. 20: the burden of proof is the controller's).
import { randomUUID } from "node:crypto";
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import { privacyNoticeVersion } from "./privacy-notice";

export interface StoredNotice {
  id: string;
  version: string;
  /** When this version was first shown or accepted: it is in force from then. */
  firstShownAt: Date;
}

// Per database and process, keyed by language and version. A stored notice never changes and
// is never deleted (consent events restrict it), so the signing path asks the database once.
const stored = new WeakMap<Database, Map<string, Promise<StoredNotice>>>();

async function insertOrFind(
  db: Database,
  locale: Locale,
  version: string,
  text: string,
  now: Date,
): Promise<StoredNotice> {
  // Two statements, not one: when another process inserts the same version at the same time,
  // ON CONFLICT waits for it, and only a new statement's snapshot sees its row.
  await db.$executeRaw`
    INSERT INTO "privacy_notice" ("id", "locale", "version", "text", "first_shown_at")
    VALUES (${randomUUID()}::uuid, ${locale}, ${version}, ${text}, ${now})
    ON CONFLICT ("locale", "version") DO NOTHING`;
  return db.privacyNotice.findUniqueOrThrow({
    where: { locale_version: { locale, version } },
    select: { id: true, version: true, firstShownAt: true },
  });
}

/** The stored row for this text in this language, inserted the first time it is seen. */
export function storePrivacyNotice(
  db: Database,
  locale: Locale,
  text: string,
  now: Date = new Date(),
): Promise<StoredNotice> {
  const version = privacyNoticeVersion(text);
  const key = `${locale}:${version}`;
  const notices = stored.get(db) ?? new Map<string, Promise<StoredNotice>>();
  stored.set(db, notices);
  let notice = notices.get(key);
  if (!notice) {
    notice = insertOrFind(db, locale, version, text, now);
    notices.set(key, notice);
    // A failure (the database away) is not remembered: the next request tries again.
    notice.catch(() => notices.delete(key));
  }
  return notice;
}

/** The id of the stored notice with this text in this language (see storePrivacyNotice). */
export async function ensurePrivacyNotice(
  db: Database,
  locale: Locale,
  text: string,
  now: Date = new Date(),
): Promise<string> {
  return (await storePrivacyNotice(db, locale, text, now)).id;
}
