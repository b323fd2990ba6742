import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PressBrief, type PressBriefProps } from "@/components/campaign/press-brief";
import type { Locale } from "@/i18n/routing";
import type { PressQuote } from "@/lib/settings/schema";
import { loadMessages } from "@/i18n/messages";

const MESSAGES = { es: await loadMessages("es"), en: await loadMessages("en") };

const QUOTES: PressQuote[] = [
  {
    text: { es: "Primera frase dicha en español.", en: "First line, as said in English." },
    speaker: "Sandra Muñoz",
    role: { es: "fundadora de la campaña", en: "founder of the campaign" },
    date: "2026-03-08",
    source: { label: "Entrevista en Radio Ejemplo", url: "https://example.org/entrevista" },
  },
  {
    text: { es: "Segunda frase, también real.", en: "Second line, real as well." },
    speaker: "Olimpia Coral Melo",
    date: "2026-11-25",
    source: { label: "Foro en el Senado" },
  },
];

function renderBrief(locale: Locale, quotes: PressBriefProps["quotes"]) {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
    children: createElement(PressBrief, {
      stats: null,
      target: undefined,
      pressContact: undefined,
      quotes,
      siteUrl: "https://example.org",
      embedUrl: `https://example.org/embed/${locale}`,
    }),
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();

const blockquotes = (html: string) =>
  [...html.matchAll(/<blockquote\b[^>]*>(.*?)<\/blockquote>/gs)].map(([, inner]) => plain(inner!));
const captions = (html: string) =>
  [...html.matchAll(/<figcaption\b[^>]*>(.*?)<\/figcaption>/gs)].map(([, inner]) => plain(inner!));

describe("the press brief's quotes", () => {
  for (const locale of ["es", "en"] as const) {
    const messages = MESSAGES[locale];

    it(`shows no quote and no quotes heading when organizers set none (${locale})`, () => {
      for (const quotes of [undefined, []]) {
        const html = renderBrief(locale, quotes);
        expect(html).not.toContain("<blockquote");
        expect(html).not.toContain(messages.PressQuotes.title);
        expect(html).not.toContain('id="press-quotes"');
      }
    });

    it(`shows exactly the quotes in the settings, with speaker, date and source (${locale})`, () => {
      const html = renderBrief(locale, QUOTES);
      expect(html).toContain(`<h2 id="press-quotes">${messages.PressQuotes.title}</h2>`);
      expect(blockquotes(html)).toEqual(QUOTES.map((quote) => quote.text[locale]));
      expect(captions(html)).toEqual(
        locale === "es"
          ? [
              "Sandra Muñoz, fundadora de la campaña, 8 de marzo de 2026. Fuente: Entrevista en Radio Ejemplo",
              "Olimpia Coral Melo, 25 de noviembre de 2026. Fuente: Foro en el Senado",
            ]
          : [
              "Sandra Muñoz, founder of the campaign, March 8, 2026. Source: Entrevista en Radio Ejemplo",
              "Olimpia Coral Melo, November 25, 2026. Source: Foro en el Senado",
            ],
      );
      expect(html).toContain('<a href="https://example.org/entrevista">Entrevista en Radio Ejemplo</a>');
      expect(html).toContain("<cite>Foro en el Senado</cite>");
      expect(html).toContain('<time dateTime="2026-03-08">');
    });

    it(`puts no sentence of the site's own in a quote (${locale})`, () => {
      const html = renderBrief(locale, [QUOTES[1]!]);
      expect(blockquotes(html)).toEqual([QUOTES[1]!.text[locale]]);
    });
  }
});
