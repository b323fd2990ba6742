/** What the editor reports after a redirect (?done=…): keys of "OrganizerNews.done". */
export const NEWS_DONE = [
  "saved",
  "corrected",
  "published",
  "publishedAndQueued",
  "publishedAlreadyQueued",
  "publishedNotQueued",
  "queued",
  "alreadyQueued",
  "notPublished",
] as const;

export type NewsDone = (typeof NEWS_DONE)[number];

/** Outcomes that need the organizer's attention: announced as alerts, not as status. */
export const NEWS_DONE_ALERTS: readonly NewsDone[] = ["publishedNotQueued", "notPublished"];

export function newsDone(value: unknown): NewsDone | null {
  return NEWS_DONE.find((done) => done === value) ?? null;
}
