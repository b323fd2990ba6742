import type { Database } from "@/lib/db";
import { parseSettings, serializeSetting, type CampaignSettings } from "./schema";

/** Reads and validates every setting, without caching (the cached wrapper is in ./campaign-settings). */
export async function readSettings(database: Database): Promise<CampaignSettings> {
  const rows = await database.campaignSetting.findMany({ select: { key: true, value: true } });
  return parseSettings(rows);
}

/**
 * Validates and stores one setting. Callers inside Next (the organizer pages) then call
 * revalidateTag(CAMPAIGN_SETTINGS_TAG, "max"); elsewhere the cache expires on its own.
 */
export async function saveSetting(database: Database, key: string, value: unknown): Promise<void> {
  const json = serializeSetting(key, value);
  await database.campaignSetting.upsert({
    where: { key },
    create: { key, value: json },
    update: { value: json, updatedAt: new Date() },
  });
}

export async function deleteSetting(database: Database, key: string): Promise<void> {
  await database.campaignSetting.deleteMany({ where: { key } });
}

/** Stores several settings at once (null removes one): all of them change, or none. */
export async function saveSettings(
  database: Database,
  updates: readonly { key: string; value: unknown }[],
): Promise<void> {
  const now = new Date();
  await database.$transaction(
    updates.map(({ key, value }) => {
      if (value === null) return database.campaignSetting.deleteMany({ where: { key } });
      const json = serializeSetting(key, value);
      return database.campaignSetting.upsert({
        where: { key },
        create: { key, value: json, updatedAt: now },
        update: { value: json, updatedAt: now },
      });
    }),
  );
}
