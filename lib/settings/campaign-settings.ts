import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { readSettings } from "./read-settings";
import type { CampaignSettings } from "./schema";
import { EnvError } from "@/lib/env";
import { isDatabaseOutage, reportBug } from "@/lib/errors";

export const CAMPAIGN_SETTINGS_TAG = "campaign-settings";

// Organizer pages revalidate the tag at once; the time limit covers changes made with the CLI.
const cachedSettings = unstable_cache(() => readSettings(db()), ["campaign-settings"], {
  tags: [CAMPAIGN_SETTINGS_TAG],
  revalidate: 300,
});

/**
 * The organizers' settings, cached. When the database cannot be read (for example during
 * `next build` without one) every setting is unset, so the public simply sees less; the
 * failure is not cached because the error escapes the cached function.
 */
export async function getCampaignSettings(): Promise<CampaignSettings> {
  try {
    return await cachedSettings();
  } catch (error) {
    // No database (a build without one) or the database away: the public sees less.
    // Anything else is a bug and goes to the error page.
    if (!(error instanceof EnvError) && !isDatabaseOutage(error))
      throw reportBug("getCampaignSettings", error);
    return {};
  }
}
