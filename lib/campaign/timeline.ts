import type { Messages } from "next-intl";
import type { SourceId } from "./sources";

export interface TimelineEvent {
  /** Message key under "Timeline.events". */
  id: keyof Messages["Timeline"]["events"];
  /** ISO date; `precision` says how much of it is known. */
  date: string;
  precision: "day" | "month" | "year" | "aroundYear";
  source: SourceId;
}

/**
 * The Convention's and the campaign's dated milestones, oldest first. The campaign's own
 * start is not here: no source gives its date.
 */
export const TIMELINE: readonly TimelineEvent[] = [
  { id: "adopted", date: "2001-11-08", precision: "day", source: "coeConvention" },
  { id: "openedForSignature", date: "2001-11-23", precision: "day", source: "coeConvention" },
  { id: "firstProtocol", date: "2003", precision: "year", source: "coeConvention" },
  { id: "inForce", date: "2004-07-01", precision: "day", source: "coeConvention" },
  { id: "invitation", date: "2012-03-06", precision: "day", source: "letter" },
  { id: "octopus", date: "2012", precision: "year", source: "letter" },
  { id: "olimpia", date: "2020", precision: "aroundYear", source: "letter" },
  { id: "secondProtocol", date: "2022-05-12", precision: "day", source: "coeConvention" },
  { id: "parties", date: "2024-10", precision: "month", source: "kenyaNc4" },
];

/** The few milestones the one-page fact sheet has room for (its key facts tell the rest). */
const SHORT_TIMELINE_IDS = new Set(["openedForSignature", "inForce", "invitation", "octopus", "parties"]);

export const SHORT_TIMELINE: readonly TimelineEvent[] = TIMELINE.filter((event) =>
  SHORT_TIMELINE_IDS.has(event.id),
);
