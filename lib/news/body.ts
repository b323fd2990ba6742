// The text of a campaign update. Organizers write plain text: paragraphs separated by a
// blank line, and links either bare (https://…) or as [words](https://…). Nothing in it is
// ever treated as HTML; the web page and the email render the same parsed structure, so
// what the preview shows is what is published and sent.

export type BodySegment = { kind: "text"; text: string } | { kind: "link"; text: string; url: string };
export type BodyParagraph = BodySegment[];

/** Longest body accepted, in characters (a long update is a few thousand). */
export const NEWS_BODY_MAX_LENGTH = 20_000;

// [words](https://…) or a bare http(s) URL. Each alternative is linear: the bracketed text
// and the URL are runs of characters that cannot contain their own closing delimiter.
const LINK = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]{1,2000})\)|(https?:\/\/[^\s<>"]{1,2000})/g;

// Punctuation that ends a sentence rather than a bare URL ("see https://x.org.").
const TRAILING_PUNCTUATION = /[.,;:!?)\]»"']+$/;

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function parseParagraph(paragraph: string): BodyParagraph {
  const segments: BodySegment[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last?.kind === "text") last.text += text;
    else segments.push({ kind: "text", text });
  };
  let position = 0;
  for (const match of paragraph.matchAll(LINK)) {
    const [whole, label, labelledUrl, bareMatch] = match;
    pushText(paragraph.slice(position, match.index));
    position = match.index + whole.length;
    if (labelledUrl !== undefined && label !== undefined) {
      if (isWebUrl(labelledUrl)) segments.push({ kind: "link", text: label.trim(), url: labelledUrl });
      else pushText(whole);
      continue;
    }
    const bare = bareMatch ?? "";
    const trailing = TRAILING_PUNCTUATION.exec(bare)?.[0] ?? "";
    const url = bare.slice(0, bare.length - trailing.length);
    if (isWebUrl(url)) segments.push({ kind: "link", text: url, url });
    else pushText(url);
    pushText(trailing);
  }
  pushText(paragraph.slice(position));
  return segments;
}

/**
 * The paragraphs of a body. Line breaks inside a paragraph become spaces; runs of blank
 * lines separate paragraphs; empty paragraphs are dropped.
 */
export function parseNewsBody(body: string): BodyParagraph[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(parseParagraph);
}

/** The body as plain text (for the text part of emails and the feed's summary). */
export function newsBodyAsText(paragraphs: BodyParagraph[]): string {
  return paragraphs
    .map((segments) =>
      segments
        .map((segment) =>
          segment.kind === "link" && segment.text !== segment.url
            ? `${segment.text} (${segment.url})`
            : segment.text,
        )
        .join(""),
    )
    .join("\n\n");
}
