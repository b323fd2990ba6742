import type { SourceId } from "./sources";

/**
 * The facts a journalist may quote, each with the source it comes from (the campaign's
 * facts sheet). Texts are in messages under "KeyFacts"; the press brief and the fact sheet
 * both list them from here, so they can never disagree.
 */
export const KEY_FACTS = [
  { id: "notParty", source: "coeTreatyChart" },
  { id: "treaty", source: "coeConvention" },
  { id: "parties", source: "kenyaNc4" },
  { id: "network", source: "coeConvention" },
  { id: "secondProtocol", source: "coeConvention" },
  { id: "invitation", source: "letter" },
  { id: "octopus", source: "letter" },
  { id: "children", source: "letter" },
  { id: "olimpia", source: "letter" },
] as const satisfies readonly { id: string; source: SourceId }[];

export type KeyFact = (typeof KEY_FACTS)[number];
