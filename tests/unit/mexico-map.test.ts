import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/map/mexico/[file]/route";
import { MexicoMap } from "@/components/campaign/mexico-map";
import { mexicoMapFile, mexicoMapHref } from "@/components/campaign/mexico-map-asset";
import { loadMessages } from "@/i18n/messages";
import { mexicanStateName } from "@/lib/geo/mexican-states";

const messages = await loadMessages("es");

function renderMap(byState: Record<string, number>): string {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale: "es",
    messages,
    timeZone: "UTC",
    children: createElement(MexicoMap, { byState }),
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

/** Each state drawn on the page: its code, its shade and the shape it points at. */
function drawnStates(html: string) {
  return [
    ...html.matchAll(/<use href="([^"]+)"[^>]*data-state="([A-Z]+)" data-level="(\d)"><title>([^<]*)</g),
  ].map(([, href, code, level, title]) => ({ href, code: code!, level: Number(level), title }));
}

const askFor = (file: string) =>
  GET(new Request(`http://localhost/map/mexico/${file}`), { params: Promise.resolve({ file }) });

describe("the map of Mexico", () => {
  it("keeps the shapes out of the page: one small reference per state, shaded by its count", () => {
    const html = renderMap({ JAL: 40, CMX: 10, OAX: 1 });
    // The shapes alone are ~150 KB; the page's part of the map stays a few KB.
    expect(html.length).toBeLessThan(12_000);
    expect(html).not.toContain("<path");

    const states = drawnStates(html);
    expect(states).toHaveLength(32);
    for (const state of states) expect(state.href).toBe(`${mexicoMapHref()}#mx-${state.code.toLowerCase()}`);
    const level = (code: string) => states.find((state) => state.code === code)?.level;
    expect([level("JAL"), level("CMX"), level("OAX"), level("YUC")]).toEqual([4, 1, 1, 0]);
    // Each state keeps its name and count for whoever points at it.
    expect(states.find((state) => state.code === "CMX")?.title).toContain(mexicanStateName("CMX", "es"));
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="mexico-map-title"/);
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
  });

  it("serves the shapes under a name that changes with them, cached for a year", async () => {
    const { name, svg } = mexicoMapFile();
    expect(mexicoMapHref()).toBe(`/map/mexico/${name}`);
    const response = await askFor(name);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = await response.text();
    expect(body).toBe(svg);
    expect(body.match(/<path id="mx-[a-z]{3}" d="/g)).toHaveLength(32);
    // The shapes carry no fill of their own, so each page's shade reaches them.
    expect(body).not.toMatch(/fill=/);
    expect(body).toContain("CC BY 4.0");

    expect((await askFor("00000000.svg")).status).toBe(404);
  });
});
