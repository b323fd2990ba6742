import type { Locale } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({ locale: "es" as Locale, rows: [] as unknown[] }));

// The table's words come from the real message files; its rows from a stand-in database.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/i18n/messages");
  return {
    getLocale: async () => state.locale,
    getTranslations: async (namespace: "OrganizerExports.log") =>
      createTranslator({ locale: state.locale, messages: await loadMessages(state.locale), namespace }),
  };
});
vi.mock("@/lib/db", () => ({
  db: () => ({ exportLog: { findMany: async () => state.rows } }),
}));

const { ExportLogTable } = await import("@/components/organizers/export-log-table");

async function render(locale: Locale) {
  state.locale = locale;
  return renderToStaticMarkup(await ExportLogTable({ limit: 100 }));
}

const cells = (html: string) =>
  [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map(([, cell]) => cell!.replace(/<[^>]+>/g, ""));

describe("export log table", () => {
  beforeEach(() => {
    state.rows = [
      {
        id: "1",
        organizerEmail: "command line (root)",
        export: "public-names.csv",
        rangeFrom: null,
        rangeTo: null,
        rowCount: null,
        createdAt: new Date("2026-03-02T03:15:00Z"),
        completedAt: null,
      },
      {
        id: "2",
        organizerEmail: "ana@example.org",
        export: "counts-by-state.json",
        rangeFrom: new Date("2026-03-01T00:00:00Z"),
        rangeTo: new Date("2026-03-31T00:00:00Z"),
        rowCount: 12345,
        createdAt: new Date("2026-04-01T18:00:00Z"),
        completedAt: new Date("2026-04-01T18:00:01Z"),
      },
    ];
  });

  it("says when, who, what, which days and how many rows, in Spanish and Mexico City time", async () => {
    const row = cells(await render("es"));
    expect(row.slice(0, 5)).toEqual([
      expect.stringMatching(/^1 mar 2026, 9:15/),
      "Terminal (root)",
      "Nombres públicos (CSV)",
      "Todo el periodo",
      "Sin terminar",
    ]);
    expect(row.slice(6, 10)).toEqual([
      "ana@example.org",
      "Cifras por estado (JSON)",
      "Del 1 mar 2026 al 31 mar 2026",
      "12,345",
    ]);
  });

  it("speaks English on the English pages", async () => {
    const row = cells(await render("en"));
    expect(row.slice(1, 5)).toEqual([
      "Command line (root)",
      "Public names (CSV)",
      "Whole period",
      "Not finished",
    ]);
    expect(row[7]).toBe("Figures by state (JSON)");
  });

  it("says so when nothing has been exported yet", async () => {
    state.rows = [];
    expect(await render("es")).toBe("<p>Todavía no hay exportaciones.</p>");
  });
});
