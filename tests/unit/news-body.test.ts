import { describe, expect, it } from "vitest";
import { newsBodyAsText, parseNewsBody } from "@/lib/news/body";

describe("parseNewsBody", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(parseNewsBody("Primera línea\nsigue aquí.\n\n\n  Segundo párrafo.  \r\n")).toEqual([
      [{ kind: "text", text: "Primera línea sigue aquí." }],
      [{ kind: "text", text: "Segundo párrafo." }],
    ]);
  });

  it("turns [words](url) and bare URLs into links, leaving sentence punctuation outside", () => {
    expect(parseNewsBody("Lee [la carta](https://example.org/carta) o https://example.org/a?b=1.")).toEqual([
      [
        { kind: "text", text: "Lee " },
        { kind: "link", text: "la carta", url: "https://example.org/carta" },
        { kind: "text", text: " o " },
        { kind: "link", text: "https://example.org/a?b=1", url: "https://example.org/a?b=1" },
        { kind: "text", text: "." },
      ],
    ]);
  });

  it("keeps HTML and script links as plain text", () => {
    const [paragraph] = parseNewsBody('<b>hola</b> [x](javascript:alert(1)) <a href="https://e.org">y</a>');
    expect(paragraph!.filter((segment) => segment.kind === "link")).toEqual([
      { kind: "link", text: "https://e.org", url: "https://e.org" },
    ]);
    expect(paragraph!.map((segment) => segment.text).join("")).toContain(
      "<b>hola</b> [x](javascript:alert(1))",
    );
  });

  it("renders links as words followed by their address in plain text", () => {
    expect(newsBodyAsText(parseNewsBody("Ver [aquí](https://e.org/x).\n\nY https://e.org"))).toBe(
      "Ver aquí (https://e.org/x).\n\nY https://e.org",
    );
  });
});
