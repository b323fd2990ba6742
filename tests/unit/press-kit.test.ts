import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { BRAND_ASSETS, PressKit } from "@/components/campaign/press-kit";
import { campaignFormatter } from "@/i18n/format";
import { routing, type Locale } from "@/i18n/routing";
import type { PublicStats } from "@/lib/stats/shape";
import { loadMessages } from "@/i18n/messages";

const MESSAGES = { es: await loadMessages("es"), en: await loadMessages("en") };

// next-intl's Link imports next/navigation, which Node cannot resolve outside Next (next has
// no exports map). This stand-in builds the same address for the "always" locale prefix.
vi.mock("@/i18n/navigation", async () => {
  const { createElement: element } = await import("react");
  const { useLocale } = await import("next-intl");
  function Link({
    href,
    locale,
    children,
  }: {
    href: keyof typeof routing.pathnames;
    locale?: Locale;
    children: ReactNode;
  }) {
    const current = useLocale() as Locale;
    const language = locale ?? current;
    const localized = routing.pathnames[href];
    const path = typeof localized === "string" ? localized : localized[language];
    return element("a", { href: `/${language}${path === "/" ? "" : path}`, hrefLang: locale }, children);
  }
  return { Link };
});

const SITE_URL = "https://budapest.example.org";

const STATS: PublicStats = {
  total: 12345,
  byState: { CMX: 12000 },
  byCountry: { MX: 12000, ES: 345 },
  byDay: [],
  asOf: "2026-11-30T20:05:00.000Z", // 14:05 in Mexico City
};

function render(locale: Locale, stats: PublicStats | null) {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
    children: createElement(PressKit, { stats, siteUrl: SITE_URL }),
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

function linksOf(html: string): { href: string; download: string | undefined; text: string }[] {
  return [...html.matchAll(/<a\b([^>]*)>(.*?)<\/a>/gs)].map(([, attributes, inner]) => ({
    href: /\bhref="([^"]*)"/.exec(attributes!)?.[1] ?? "",
    download: /\bdownload="([^"]*)"/.exec(attributes!)?.[1],
    text: plain(inner!),
  }));
}

const citationOf = (html: string) => plain(/<p class="[^"]*citation[^"]*">(.*?)<\/p>/s.exec(html)?.[1] ?? "");

describe("the press kit", () => {
  for (const locale of ["es", "en"] as const) {
    it(`offers every logo file, both share images, the texts and the open data in ${locale}`, () => {
      const links = linksOf(render(locale, STATS));
      const hrefs = links.map((link) => link.href);
      for (const file of BRAND_ASSETS.flatMap((asset) => asset.files)) {
        const link = links.find((candidate) => candidate.href === file.href);
        expect(link, file.href).toBeDefined();
        expect(link!.download).toMatch(/^budapestconventionmx-/);
        expect(link!.text).toContain(file.format.toUpperCase());
        expect(link!.text).toContain(`${file.kilobytes} KB`);
        if (file.format === "png") expect(link!.text).toContain(`${file.width} × ${file.height} px`);
      }
      expect(hrefs).toEqual(
        expect.arrayContaining([
          "/og/es/home.png",
          "/og/en/home.png",
          "/es/prensa/hoja-informativa",
          "/en/press/fact-sheet",
          locale === "es" ? "/es/peticion" : "/en/petition",
          `${SITE_URL}/api/stats`,
          `${SITE_URL}/api/stats.csv`,
        ]),
      );
      for (const image of links.filter((link) => link.href.startsWith("/og/"))) {
        expect(image.download).toBeDefined();
        expect(image.text).toContain("PNG, 1200 × 630 px");
      }
    });

    it(`links only to this site in ${locale}`, () => {
      const html = render(locale, STATS);
      const foreign = linksOf(html)
        .map((link) => link.href)
        .filter((href) => !href.startsWith("/") && !href.startsWith(`${SITE_URL}/`));
      expect(foreign).toEqual([]);
      const sources = [...html.matchAll(/\bsrc="([^"]*)"/g)].map(([, src]) => src!);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((src) => !src.startsWith("/"))).toEqual([]);
    });
  }

  it("gives a citation with the count and its Mexico City time stamp, in Spanish", () => {
    const citation = citationOf(render("es", STATS));
    expect(citation).toBe(
      `#BudapestConventionMx, firmas confirmadas: 12,345, al ${campaignFormatter("es").dateTime(new Date(STATS.asOf), "asOf")} ` +
        `(hora de la Ciudad de México). ${SITE_URL}/api/stats`,
    );
    expect(citation).toMatch(/al 30 de noviembre de 2026.* 2:05\sp\.\s?m\./);
  });

  it("gives a citation with the count and its Mexico City time stamp, in English", () => {
    const citation = citationOf(render("en", STATS));
    expect(citation).toBe(
      `#BudapestConventionMx, confirmed signatures: 12,345, as of ${campaignFormatter("en").dateTime(new Date(STATS.asOf), "asOf")} ` +
        `(Mexico City time). ${SITE_URL}/api/stats`,
    );
    expect(citation).toMatch(/as of November 30, 2026.* 2:05\sPM/);
  });

  it("gives a citation without a figure when the figures are unavailable", () => {
    const citation = citationOf(render("es", null));
    expect(citation).toContain("#BudapestConventionMx");
    expect(citation).toContain(`${SITE_URL}/es`);
    expect(citation).not.toMatch(/\d{2},\d{3}|firmas confirmadas/);
  });

  it("says how to turn the fact sheet into a PDF", () => {
    expect(plain(render("es", STATS))).toContain("«Guardar como PDF»");
    expect(plain(render("en", STATS))).toContain("“Save as PDF”");
  });
});
