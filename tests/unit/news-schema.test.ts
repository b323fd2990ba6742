import { describe, expect, it } from "vitest";
import { NEWS_BODY_MAX_LENGTH } from "@/lib/news/body";
import { excerptOf } from "@/lib/news/excerpt";
import { NEWS_TITLE_MAX_LENGTH, newsFormValues, newsId, parseNewsText } from "@/lib/news/schema";
import {
  FALLBACK_SLUG,
  SLUG_BASE_MAX_LENGTH,
  SLUG_PATTERN,
  slugCandidate,
  slugFromTitle,
  slugHasBase,
} from "@/lib/news/slug";

const valid = {
  titleEs: "Nos reunimos con el Senado",
  bodyEs: "Primer párrafo.\n\nSegundo párrafo con https://example.org.",
  titleEn: "We met the Senate",
  bodyEn: "First paragraph.\n\nSecond paragraph.",
};

describe("parseNewsText", () => {
  it("accepts a title and a body in each language, trimmed and normalized", () => {
    const result = parseNewsText({
      ...valid,
      titleEs: "  Nos reunimos\tcon el\nSenado  ",
      // "e" followed by a combining acute accent becomes the single character "é".
      bodyEn: "\r\n  Cafe\u0301 talk.\r\n\r\nSecond.  \n",
    });
    expect(result).toEqual({
      success: true,
      text: { ...valid, titleEs: "Nos reunimos con el Senado", bodyEn: "Café talk.\n\nSecond." },
    });
  });

  it("requires all four fields", () => {
    expect(parseNewsText({ titleEs: " ", bodyEs: "", titleEn: undefined, bodyEn: 42 })).toEqual({
      success: false,
      fieldErrors: {
        titleEs: "titleRequired",
        bodyEs: "bodyRequired",
        titleEn: "titleRequired",
        bodyEn: "bodyRequired",
      },
    });
  });

  it("accepts a title of exactly the maximum and refuses one character more", () => {
    const longest = "a".repeat(NEWS_TITLE_MAX_LENGTH);
    expect(parseNewsText({ ...valid, titleEn: longest }).success).toBe(true);
    expect(parseNewsText({ ...valid, titleEn: `${longest}b` })).toEqual({
      success: false,
      fieldErrors: { titleEn: "titleTooLong" },
    });
  });

  it("accepts a body of exactly the maximum and refuses one character more", () => {
    const longest = "a".repeat(NEWS_BODY_MAX_LENGTH);
    expect(parseNewsText({ ...valid, bodyEs: longest }).success).toBe(true);
    expect(parseNewsText({ ...valid, bodyEs: `${longest}b` })).toEqual({
      success: false,
      fieldErrors: { bodyEs: "bodyTooLong" },
    });
  });

  it("refuses a megabyte-long field as too long without reading it further", () => {
    const huge = "\u202E".repeat(1_000_000);
    expect(parseNewsText({ ...valid, titleEs: huge, bodyEn: huge })).toEqual({
      success: false,
      fieldErrors: { titleEs: "titleTooLong", bodyEn: "bodyTooLong" },
    });
  });

  it.each([
    ["a null character", "Hola\u0000mundo"],
    ["an escape character", "Hola \u001b[31m mundo"],
    ["a C1 control character", "Hola\u0085mundo"],
    ["a right-to-left override", "Hola \u202Eodnum"],
    ["a directional isolate", "Hola \u2066mundo\u2069"],
    ["a line separator", "Hola\u2028mundo"],
    ["a lone surrogate", "Hola \uD800 mundo"],
  ])("refuses %s in a title and in a body", (_, text) => {
    expect(parseNewsText({ ...valid, titleEs: text, bodyEn: text })).toEqual({
      success: false,
      fieldErrors: { titleEs: "invalidCharacters", bodyEn: "invalidCharacters" },
    });
  });

  it("keeps line breaks, tabs, emoji and HTML-looking text in a body as plain text", () => {
    const body = "Línea uno\n\tsangría 👩🏽‍💻\n\n<script>alert(1)</script> & <b>más</b>";
    expect(parseNewsText({ ...valid, bodyEs: body })).toEqual({
      success: true,
      text: { ...valid, bodyEs: body },
    });
  });
});

describe("newsFormValues", () => {
  it("reads the editor's fields as typed and the email box as a boolean", () => {
    const form = new FormData();
    form.set("id", "0b7e3a1c-5d1f-4e8a-9a51-1f3c2b4d5e6f");
    form.set("version", "2026-11-30T12:00:00.000Z");
    form.set("titleEs", "  Título  ");
    form.set("bodyEs", "Texto");
    form.set("sendEmail", "on");
    expect(newsFormValues(form)).toEqual({
      id: "0b7e3a1c-5d1f-4e8a-9a51-1f3c2b4d5e6f",
      version: "2026-11-30T12:00:00.000Z",
      titleEs: "  Título  ",
      bodyEs: "Texto",
      titleEn: "",
      bodyEn: "",
      sendEmail: true,
    });
    expect(newsFormValues(new FormData()).sendEmail).toBe(false);
  });

  it("keeps a bounded part of a hostile field", () => {
    const form = new FormData();
    form.set("titleEs", "x".repeat(1_000_000));
    expect(newsFormValues(form).titleEs.length).toBeLessThan(1_000);
  });
});

describe("newsId", () => {
  it("accepts a UUID (lower-cased) and nothing else", () => {
    expect(newsId("0B7E3A1C-5D1F-4E8A-9A51-1F3C2B4D5E6F")).toBe("0b7e3a1c-5d1f-4e8a-9a51-1f3c2b4d5e6f");
    expect(newsId("0b7e3a1c")).toBeNull();
    expect(newsId("'; DROP TABLE news_update; --")).toBeNull();
    expect(newsId(undefined)).toBeNull();
  });
});

describe("slugFromTitle", () => {
  it.each([
    ["¿Qué sigue en el Senado?", "que-sigue-en-el-senado"],
    ["Año 2026: ¡la Ley Olimpia y el Convenio!", "ano-2026-la-ley-olimpia-y-el-convenio"],
    ["  Niñas, niños   y adolescentes  ", "ninas-ninos-y-adolescentes"],
    ["Ｆｕｌｌ-width ① test", "full-width-1-test"],
    ["Straße und Œuvre", "strae-und-uvre"],
  ])("turns %j into %j", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("falls back to a fixed word when no letter or digit is left", () => {
    expect(slugFromTitle("🎉🎉 ¡¿…?! 🎉")).toBe(FALLBACK_SLUG);
  });

  it("cuts a long title at the last whole word that fits", () => {
    const slug = slugFromTitle(
      "La petición llega al Senado de la República con miles de firmas de todo el país",
    );
    expect(slug).toBe("la-peticion-llega-al-senado-de-la-republica-con-miles-de");
    expect(slug.length).toBeLessThanOrEqual(SLUG_BASE_MAX_LENGTH);
  });

  it("cuts a single very long word at the maximum", () => {
    expect(slugFromTitle("a".repeat(200))).toBe("a".repeat(SLUG_BASE_MAX_LENGTH));
  });

  it("leaves room for a suffix within the column's 80 characters", () => {
    expect(slugCandidate(slugFromTitle("palabra ".repeat(40)), 999).length).toBeLessThanOrEqual(80);
  });
});

describe("slug candidates", () => {
  it("numbers the candidates after the base itself", () => {
    expect([1, 2, 3].map((attempt) => slugCandidate("senado", attempt))).toEqual([
      "senado",
      "senado-2",
      "senado-3",
    ]);
  });

  it("tells a base's own candidates from other slugs", () => {
    expect(slugHasBase("senado", "senado")).toBe(true);
    expect(slugHasBase("senado-12", "senado")).toBe(true);
    expect(slugHasBase("senado-de-la-republica", "senado")).toBe(false);
    expect(slugHasBase("el-senado", "senado")).toBe(false);
  });
});

describe("excerptOf", () => {
  it("is the first paragraph as plain text, links as their words", () => {
    expect(excerptOf("Lee [la carta](https://example.org/carta) completa.\n\nSegundo párrafo.")).toBe(
      "Lee la carta completa.",
    );
  });

  it("shortens a long first paragraph at a word, with an ellipsis", () => {
    const excerpt = excerptOf(`${"palabra ".repeat(60)}\n\nOtro.`);
    expect(excerpt.endsWith("palabra…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(281);
  });
});
