import "server-only";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { petitionPhase, type CampaignSettings, type PetitionPhase } from "@/lib/settings/schema";

/**
 * Whether the petition takes signatures now, from the organizers' opening and closing
 * dates. Signing, confirming and renewing a link all ask first; pages show the same answer.
 */
export async function currentPetitionPhase(
  now = new Date(),
  settings?: CampaignSettings,
): Promise<PetitionPhase> {
  return petitionPhase(settings ?? (await getCampaignSettings()), now);
}
