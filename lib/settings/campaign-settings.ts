import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { readForCache } from "@/lib/cache/read-for-cache";
import { db } from "@/lib/db";
import { readSettings } from "./read-settings";
import type { CampaignSettings } from "./schema";

export const CAMPAIGN_SETTINGS_TAG = "campaign-settings";

// Organizer pages update the tag at once; the profile's time limit covers changes made with
// the CLI.
async function cachedSettings() {
  "use cache";
  cacheTag(CAMPAIGN_SETTINGS_TAG);
  cacheLife("settings");
  return readForCache("getCampaignSettings", () => readSettings(db()));
}

/**
 * The organizers' settings, cached and shared by every server process. When the database
 * cannot be read (for example during `next build` without one) every setting is unset, so
 * the public simply sees less, for a second.
 */
export async function getCampaignSettings(): Promise<CampaignSettings> {
  const read = await cachedSettings();
  return "value" in read ? read.value : {};
}

/**
 * The settings read at most once for one action, however many questions it asks of them
 * (the petition's dates, then the notice in force). Each read of the cache decodes its
 * stored answer again, and a signature asked twice.
 */
export function settingsForOneAction(): () => Promise<CampaignSettings> {
  let read: Promise<CampaignSettings> | undefined;
  return () => (read ??= getCampaignSettings());
}
