import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DailyChart } from "@/components/organizers/dashboard/daily-chart";
import { DashboardBreakdowns } from "@/components/organizers/dashboard/dashboard-breakdowns";
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

// No DOM in the unit tests: a few patterns read the static markup, which React writes plainly.
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

/** The body rows of the table whose caption has this id, as cell texts. */
function tableRows(html: string, captionId: string): string[][] {
  const table = html.slice(html.indexOf(`<caption id="${captionId}"`)).split("</table>")[0]!;
  const body = table.slice(table.indexOf("<tbody>"));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => text(cell!)),
  );
}

const days = [
  { day: "2026-11-01", count: 3 },
  { day: "2026-11-02", count: 0 },
  { day: "2026-11-03", count: 12 },
];

describe("DailyChart", () => {
  it("draws one bar per day with signatures and sums them up for screen readers", () => {
    const html = render(createElement(DailyChart, { days, truncated: false }));
    const label = html.match(/<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/)?.[1];
    expect(label).toBe(
      "Gráfica de barras: 15 firmas confirmadas del 1 de noviembre de 2026 al 3 de noviembre de 2026. " +
        "El día con más firmas fue el 3 de noviembre de 2026, con 12. " +
        "Las cifras de cada día están en la tabla que sigue a la gráfica.",
    );
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain("<title>1 de noviembre de 2026: 3 firmas</title>");
  });

  it("repeats every day, zeros included, in a table with a caption and header cells", () => {
    const html = render(createElement(DailyChart, { days, truncated: false }), "en");
    expect(html).toMatch(/<details[^>]*><summary>Show the daily figures as a table<\/summary>/);
    expect(html).toContain('<caption id="daily-table-caption">Confirmed signatures per day</caption>');
    expect(html).toContain('<th scope="row"><time dateTime="2026-11-02">Nov 2, 2026</time></th>');
    expect(tableRows(html, "daily-table-caption")).toEqual([
      ["Nov 1, 2026", "3"],
      ["Nov 2, 2026", "0"],
      ["Nov 3, 2026", "12"],
    ]);
  });

  it("says so when there is nothing to draw, and when only the last days are drawn", () => {
    const empty = render(createElement(DailyChart, { days: [], truncated: false }));
    expect(text(empty)).toContain("No hay firmas confirmadas en este periodo.");
    expect(empty).not.toContain("<svg");
    expect(text(render(createElement(DailyChart, { days, truncated: true })))).toContain(
      "solo los últimos 366 días",
    );
  });
});

describe("DailyChart over more than a quarter", () => {
  // Wednesday 2 September to Friday 4 December 2026: 94 days, one signature each day.
  const longPeriod = Array.from({ length: 94 }, (_, index) => ({
    day: new Date(Date.UTC(2026, 8, 2 + index)).toISOString().slice(0, 10),
    count: index === 93 ? 10 : 1,
  }));

  it("draws a bar per week, Monday to Sunday, and says so", () => {
    const html = render(createElement(DailyChart, { days: longPeriod, truncated: false }));
    expect(html.match(/<rect /g)).toHaveLength(14);
    expect(html).toContain("<title>2–6 de sep de 2026: 5 firmas</title>");
    expect(text(html)).toContain("cada barra es una semana, de lunes a domingo");
    const label = html.match(/<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/)?.[1];
    expect(label).toBe(
      "Gráfica de barras: 103 firmas confirmadas del 2 de septiembre de 2026 al 4 de diciembre de 2026. " +
        "La semana con más firmas fue la del 30 de noviembre de 2026 al 4 de diciembre de 2026, con 14. " +
        "Las cifras de cada semana están en la tabla que sigue a la gráfica.",
    );
  });

  it("repeats each week in the table, the edge weeks cut to the period", () => {
    const html = render(createElement(DailyChart, { days: longPeriod, truncated: false }), "en");
    expect(html).toContain("<summary>Show the weekly figures as a table</summary>");
    expect(html).toContain('<caption id="daily-table-caption">Confirmed signatures per week</caption>');
    const rows = tableRows(html, "daily-table-caption");
    expect(rows).toHaveLength(14);
    // Intl puts thin spaces around the dash of a range.
    expect(rows[0]).toEqual(["Sep 2\u2009–\u20096, 2026", "5"]);
    expect(rows[1]).toEqual(["Sep 7\u2009–\u200913, 2026", "7"]);
    expect(rows.at(-1)).toEqual(["Nov 30\u2009–\u2009Dec 4, 2026", "14"]);
  });
});

describe("DashboardTotals", () => {
  it("shows each count and the confirmation rate with its definition", () => {
    const html = render(
      createElement(DashboardTotals, {
        totals: { confirmed: 1200, pending: 30, withdrawn: 4, invalidated: 2 },
        conversion: { made: 1500, confirmed: 1275, rate: 0.85 },
      }),
    );
    const figures = [...html.matchAll(/<dt>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g)].map(([, term, value]) => [
      text(term!),
      text(value!),
    ]);
    expect(figures).toEqual([
      ["Confirmadas", "1,200"],
      ["Pendientes", "30"],
      ["Retiradas", "4"],
      ["Invalidadas", "2"],
      ["Confirmación", "85%"],
    ]);
    expect(text(html)).toContain("1,275 de 1,500 firmas");
    expect(text(html)).toContain("las invalidadas no entran en la cuenta");
  });

  it("gives no rate when nothing was made in the period", () => {
    const html = render(
      createElement(DashboardTotals, {
        totals: { confirmed: 0, pending: 0, withdrawn: 0, invalidated: 0 },
        conversion: { made: 0, confirmed: 0, rate: null },
      }),
      "en",
    );
    expect(text(html)).toContain("No signatures made during the period");
  });
});

describe("DashboardBreakdowns", () => {
  const breakdowns = {
    byState: { JAL: 3, CMX: 1 },
    byCountry: [
      { key: "MX", count: 4 },
      { key: "US", count: 1 },
    ],
    byLocale: [
      { key: "es" as const, count: 4 },
      { key: "en" as const, count: 1 },
    ],
    bySource: [
      { key: "whatsapp", count: 3 },
      { key: null, count: 2 },
    ],
  };

  it("names countries, languages and sources in the reader's language, with their share", () => {
    const html = render(createElement(DashboardBreakdowns, { breakdowns, total: 5 }));
    expect(tableRows(html, "by-country-caption")).toEqual([
      ["México", "4", "80%"],
      ["Estados Unidos", "1", "20%"],
    ]);
    expect(tableRows(html, "by-locale-caption")).toEqual([
      ["Español", "4", "80%"],
      ["Inglés", "1", "20%"],
    ]);
    expect(tableRows(html, "by-source-caption")).toEqual([
      ["whatsapp", "3", "60%"],
      ["Directo / desconocido", "2", "40%"],
    ]);
    expect(tableRows(html, "states-table-caption").slice(0, 2)).toEqual([
      ["Jalisco", "3"],
      ["Ciudad de México", "1"],
    ]);
    // The map itself, found by its accessible name rather than its class.
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="mexico-map-title"/);
  });

  it("folds sources beyond the first twenty into one row", () => {
    const bySource = Array.from({ length: 23 }, (_, index) => ({ key: `s${100 - index}`, count: 1 }));
    const html = render(
      createElement(DashboardBreakdowns, { breakdowns: { ...breakdowns, bySource }, total: 23 }),
      "en",
    );
    const rows = tableRows(html, "by-source-caption");
    expect(rows).toHaveLength(21);
    expect(rows.at(-1)).toEqual(["3 other sources", "3", "13%"]);
  });

  it("shows a sentence instead of empty tables when nothing was confirmed", () => {
    const none = { byState: {}, byCountry: [], byLocale: [], bySource: [] };
    const html = render(createElement(DashboardBreakdowns, { breakdowns: none, total: 0 }));
    expect(html).not.toContain("by-country-caption");
    expect(text(html).match(/Sin firmas confirmadas en el periodo\./g)).toHaveLength(3);
  });
});
