import "server-only";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { parseNetworkHashRetentionDays } from "@/lib/env";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import type { CampaignSettings } from "@/lib/settings/schema";
import { ensurePrivacyNotice } from "./notice-store";
import {
  buildPrivacyNotice,
  privacyNoticeInputs,
  privacyNoticeText,
  privacyNoticeVersion,
  type PrivacyNoticeDocument,
} from "./privacy-notice";

export interface CurrentPrivacyNotice {
  document: PrivacyNoticeDocument;
  text: string;
  version: string;
}

const lastBuilt = new Map<Locale, { key: string; notice: CurrentPrivacyNotice }>();

/**
 * The notice in force in a language, from the cached settings: the privacy page shows it and
 * the petition's actions record it, so both read the same inputs through the same cache.
 */
export async function currentPrivacyNotice(
  locale: Locale,
  settings?: CampaignSettings,
): Promise<CurrentPrivacyNotice> {
  const inputs = privacyNoticeInputs(
    settings ?? (await getCampaignSettings()),
    parseNetworkHashRetentionDays(),
  );
  // Building the notice takes about a millisecond; the signing path reuses the last one
  // built for the same language and inputs.
  const key = JSON.stringify(inputs);
  const last = lastBuilt.get(locale);
  if (last?.key === key) return last.notice;
  const document = buildPrivacyNotice(locale, inputs);
  const text = privacyNoticeText(document);
  const notice = { document, text, version: privacyNoticeVersion(text) };
  lastBuilt.set(locale, { key, notice });
  return notice;
}

/** The stored id of the notice in force in a language, for a consent event. */
export async function currentPrivacyNoticeId(locale: Locale, settings?: CampaignSettings): Promise<string> {
  return ensurePrivacyNotice(db(), locale, (await currentPrivacyNotice(locale, settings)).text);
}
