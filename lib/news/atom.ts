// Atom 1.0 feeds of the news (RFC 4287), one per language. The entry content is HTML
// built from the parsed body, every piece of the organizers' text escaped as HTML, and
// the whole HTML escaped again as XML text: no character typed in the editor can become
// markup in a feed reader.
import { parseNewsBody, type BodyParagraph } from "./body";
import { isExternalUrl } from "./links";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// Characters XML 1.0 does not allow at all. The editor refuses them; a row written by hand
// could still hold one, and a single one would make the whole feed unreadable.
const NOT_IN_XML =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an HTML or XML text node or a quoted attribute value. */
export function escapeMarkup(value: string): string {
  return value.replace(NOT_IN_XML, "").replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** The parsed body as an HTML fragment: paragraphs and links, every text escaped. */
export function newsBodyAsHtml(paragraphs: BodyParagraph[], siteOrigin: string): string {
  return paragraphs
    .map(
      (segments) =>
        `<p>${segments
          .map((segment) =>
            segment.kind === "text"
              ? escapeMarkup(segment.text)
              : `<a href="${escapeMarkup(segment.url)}"${
                  isExternalUrl(segment.url, siteOrigin) ? ' rel="noopener noreferrer"' : ""
                }>${escapeMarkup(segment.text)}</a>`,
          )
          .join("")}</p>`,
    )
    .join("\n");
}

export interface AtomEntry {
  /** A permanent IRI (see newsEntryId). */
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  /** The body as the organizers wrote it (plain text, parsed here). */
  body: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The language of every title and text (xml:lang). */
  language: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  /** The page the feed mirrors (rel="alternate"). */
  pageUrl: string;
  authorName: string;
  /** Used when there is no entry yet; otherwise the newest entry's update time. */
  generatedAt: string;
  siteOrigin: string;
  entries: AtomEntry[];
}

/**
 * A tag: URI (RFC 4151) for an update in one language: minted from the site's host and the
 * day it was published, it stays the same through corrections and across feed rebuilds.
 */
export function newsEntryId(
  siteUrl: string,
  publishedAt: string,
  language: string,
  updateId: string,
): string {
  return `tag:${new URL(siteUrl).hostname},${publishedAt.slice(0, 10)}:news/${language}/${updateId}`;
}

export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (newest, entry) => (entry.updated > newest ? entry.updated : newest),
    feed.entries.length > 0 ? "" : feed.generatedAt,
  );
  const text = (tag: string, value: string) => `<${tag}>${escapeMarkup(value)}</${tag}>`;
  const link = (rel: string, href: string, type: string) =>
    `<link rel="${rel}" type="${type}" href="${escapeMarkup(href)}"/>`;
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(feed.language)}">`,
    `  ${text("id", feed.id)}`,
    `  <title type="text">${escapeMarkup(feed.title)}</title>`,
    `  ${text("updated", updated)}`,
    `  ${link("self", feed.selfUrl, "application/atom+xml")}`,
    `  ${link("alternate", feed.pageUrl, "text/html")}`,
    `  <author>${text("name", feed.authorName)}</author>`,
    ...feed.entries.map((entry) =>
      [
        `  <entry>`,
        `    ${text("id", entry.id)}`,
        `    <title type="text">${escapeMarkup(entry.title)}</title>`,
        `    ${text("published", entry.published)}`,
        `    ${text("updated", entry.updated)}`,
        `    ${link("alternate", entry.url, "text/html")}`,
        `    <content type="html">${escapeMarkup(newsBodyAsHtml(parseNewsBody(entry.body), feed.siteOrigin))}</content>`,
        `  </entry>`,
      ].join("\n"),
    ),
    `</feed>`,
    "",
  ].join("\n");
}
