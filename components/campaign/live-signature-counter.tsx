import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { getPublicStats } from "@/lib/stats/public-stats";
import { SignatureCounter, type SignatureCounterProps } from "./signature-counter";

/** The counter with its own data: drop it on any prerendered page. */
export async function LiveSignatureCounter(props: Pick<SignatureCounterProps, "showAsOf" | "headingLevel">) {
  const [stats, settings] = await Promise.all([getPublicStats(), getCampaignSettings()]);
  return <SignatureCounter stats={stats} target={settings.target} {...props} />;
}
