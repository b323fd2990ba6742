// Page numbers of the public list and their addresses. Page 1 is /signers (prerendered);
// page n > 1 is /signers/n, rendered on first visit and then cached like page 1.
import { PUBLIC_LIST_PAGE_SIZE } from "./public-list";

/** At least one page, so an empty list still has a first page to show. */
export function pageCount(listed: number, pageSize = PUBLIC_LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(listed / pageSize));
}

/** Far beyond any campaign (a thousand million names): keeps OFFSET and the cache keys bounded. */
export const MAX_PAGE = 10_000_000;

/**
 * The page number in /signers/[page]: a whole number from 2 written without leading zeros,
 * so each page has one address. Anything else is null (the route answers 404); "1" is
 * "first", whose address is /signers.
 */
export function parseLaterPage(segment: string): number | "first" | null {
  if (segment === "1") return "first";
  if (!/^[1-9][0-9]{0,7}$/.test(segment)) return null;
  const page = Number(segment);
  return page <= MAX_PAGE ? page : null;
}

/** One entry of the page links: a page number, or a gap ("…") between distant numbers. */
export type PageLink = number | "gap";

/**
 * The numbers worth a link: the first, the last, and two on either side of the current
 * page, with a gap where numbers are skipped. "1 … 5 6 [7] 8 9 … 3000".
 */
export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  const shown = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page += 1) {
    if (page >= 1 && page <= last) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    // A gap of one page is shown as that page rather than as "…".
    if (previous !== undefined && page - previous === 2) links.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) links.push("gap");
    links.push(page);
  });
  return links;
}
