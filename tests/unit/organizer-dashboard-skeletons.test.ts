import { readFileSync } from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  DailyChartSkeleton,
  DashboardBreakdownsSkeleton,
  DashboardTotalsSkeleton,
  ExportLogSkeleton,
} from "@/components/organizers/dashboard/dashboard-skeletons";
import { DashboardTotals } from "@/components/organizers/dashboard/dashboard-totals";
import type { Locale } from "@/i18n/routing";
import { loadMessages } from "@/i18n/messages";

const MESSAGES = { es: await loadMessages("es"), en: await loadMessages("en") };

function render(element: ReactElement, locale: Locale = "es"): string {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
    children: element,
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

/** Each busy section: its label's id, its heading and what a screen reader reads in it. */
function busySections(html: string) {
  return [
    ...html.matchAll(
      /<section aria-labelledby="([^"]+)" aria-busy="true" data-skeleton=""><h2 id="([^"]+)">([^<]+)<\/h2>(.*?)<\/section>/g,
    ),
  ].map(([, labelledBy, headingId, heading, rest]) => ({
    labelledBy,
    headingId,
    heading,
    // Everything under aria-hidden is left out, as a screen reader leaves it out.
    spoken: rest!.replace(/<div aria-hidden="true">.*$/, "").replace(/<[^>]+>/g, ""),
  }));
}

describe("the dashboard's skeletons", () => {
  it("label each panel with its heading, mark it busy and say it is loading, in each language", () => {
    const es = busySections(
      render(
        createElement(
          "div",
          null,
          createElement(DashboardTotalsSkeleton),
          createElement(DailyChartSkeleton),
          createElement(DashboardBreakdownsSkeleton),
        ),
      ),
    );
    expect(es.map((section) => section.heading)).toEqual([
      "Resumen",
      "Firmas confirmadas en el tiempo",
      "Por entidad",
      "Por país",
      "Por idioma",
      "Por origen",
    ]);
    for (const section of es) {
      expect(section.labelledBy).toBe(section.headingId);
      expect(section.spoken).toBe("Cargando estas cifras…");
    }
    const english = busySections(render(createElement(DailyChartSkeleton), "en"));
    expect(english).toEqual([
      expect.objectContaining({
        heading: "Confirmed signatures over time",
        spoken: "Loading these figures…",
      }),
    ]);
  });

  it("give their headings ids of their own, so a panel and its skeleton never share one", () => {
    const skeletons = render(
      createElement(
        "div",
        null,
        createElement(DashboardTotalsSkeleton),
        createElement(DashboardBreakdownsSkeleton),
      ),
    );
    const totals = render(
      createElement(DashboardTotals, {
        totals: { confirmed: 1, pending: 0, withdrawn: 0, invalidated: 0 },
        conversion: { made: 1, confirmed: 1, rate: 1 },
      }),
    );
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id);
    expect(ids(skeletons).filter((id) => ids(totals).includes(id))).toEqual([]);
  });

  it("lay the summary out as the summary itself, the same cards and lines in the same order, numbers left out", () => {
    const skeleton = render(createElement(DashboardTotalsSkeleton));
    const totals = render(
      createElement(DashboardTotals, {
        totals: { confirmed: 1200, pending: 30, withdrawn: 4, invalidated: 2 },
        conversion: { made: 1500, confirmed: 1275, rate: 0.85 },
      }),
    );
    // Card by card: its classes, its name and how many lines it has.
    const cards = (html: string) =>
      [
        ...html.matchAll(
          /<div class="([^"]+)"><(?:dt|p[^>]*)>([^<]+)<\/(?:dt|p)>((?:<(?:dd|p|span)[^>]*>.*?<\/(?:dd|p|span)>)+)<\/div>/g,
        ),
      ].map(([, className, term, lines]) => [className, term, lines!.match(/<(dd|p)[ >]/g)!.length]);
    expect(cards(skeleton)).toHaveLength(5);
    expect(cards(skeleton)).toEqual(cards(totals));
    // No term of its own: a reader of "Confirmed" waits for the real card, not the placeholder.
    expect(skeleton).not.toContain("<dt");
    expect(skeleton.replace(/<[^>]+>/g, "")).not.toMatch(/\d/);
  });

  it("mark the latest exports busy while the log is read", () => {
    const html = render(createElement(ExportLogSkeleton));
    expect(html).toMatch(
      /^<div aria-busy="true" data-skeleton=""><p class="[^"]*">([^<]+)<\/p><div aria-hidden="true">/,
    );
    expect(html.replace(/<div aria-hidden="true">.*$/, "").replace(/<[^>]+>/g, "")).toBe(
      "Cargando estas cifras…",
    );
  });

  it("stop pulsing for people who ask for less motion", () => {
    const css = readFileSync("components/organizers/dashboard/dashboard-skeleton.module.css", "utf8");
    expect(css).toMatch(/\.block \{[^}]*animation: pulse/);
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\) \{\s*\.block \{\s*animation: none;/);
  });
});
