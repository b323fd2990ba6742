// The petition's full text is in messages (namespace "PetitionText"); this module holds what
// the text is built from: its version, its date and the order of its parts. Changing a word
// of the text means a new version and date here, and tests/unit/petition-text.test.ts holds
// the fingerprint of each version's words so that the two cannot drift apart.
import type { SourceId } from "@/lib/campaign/sources";

export const PETITION_TEXT_VERSION = 1;
/** The day this version was published (a calendar day, in Mexico City). */
export const PETITION_TEXT_DATE = "2026-11-30";

/** Why the petition asks, each reason with the source it comes from (see the campaign's facts sheet). */
export const PETITION_REASONS = [
  { id: "treaty", source: "coeConvention" },
  { id: "parties", source: "kenyaNc4" },
  { id: "notParty", source: "coeTreatyChart" },
  { id: "invitation", source: "letter" },
  { id: "forms", source: "letter" },
  { id: "olimpia", source: "letter" },
  { id: "children", source: "letter" },
] as const satisfies readonly { id: string; source: SourceId }[];

/** What the petition asks, and of whom. */
export const PETITION_ASKS = ["executive", "senate", "both"] as const;
