import { Fragment } from "react";
import type { BodyParagraph } from "@/lib/news/body";
import { isExternalUrl } from "@/lib/news/links";

interface NewsBodyProps {
  paragraphs: BodyParagraph[];
  /** The site's own origin: links elsewhere get rel="noopener noreferrer". */
  siteOrigin: string;
}

/**
 * An update's parsed text: paragraphs and links. React escapes every piece of text, and a
 * link's address is one parseNewsBody accepted (http or https only). The same component
 * renders the public page and the organizers' preview, so the preview is what is published.
 */
export function NewsBody({ paragraphs, siteOrigin }: NewsBodyProps) {
  return paragraphs.map((segments, index) => (
    <p key={index}>
      {segments.map((segment, position) =>
        segment.kind === "text" ? (
          <Fragment key={position}>{segment.text}</Fragment>
        ) : (
          <a
            key={position}
            href={segment.url}
            // Survivors read this page: the sites it links to are not told where they came from.
            rel={isExternalUrl(segment.url, siteOrigin) ? "noopener noreferrer" : undefined}
          >
            {segment.text}
          </a>
        ),
      )}
    </p>
  ));
}
