import { parseNewsBody } from "./body";

const EXCERPT_MAX_LENGTH = 280;

/** The first paragraph as plain text (links as their words), shortened at a word when long. */
export function excerptOf(body: string): string {
  const [first = []] = parseNewsBody(body);
  const text = first.map((segment) => segment.text).join("");
  if (text.length <= EXCERPT_MAX_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_MAX_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT_MAX_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, "")}…`;
}
