import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeMarkup, newsBodyAsHtml, newsEntryId, type AtomFeed } from "@/lib/news/atom";
import { parseNewsBody } from "@/lib/news/body";
import { isExternalUrl } from "@/lib/news/links";

const origin = "https://firma.example.org";

const feed: AtomFeed = {
  id: `${origin}/es/novedades/feed.xml`,
  title: "Novedades de #BudapestConventionMx",
  language: "es",
  selfUrl: `${origin}/es/novedades/feed.xml`,
  pageUrl: `${origin}/es/novedades`,
  authorName: "#BudapestConventionMx",
  generatedAt: "2026-12-01T00:00:00.000Z",
  siteOrigin: origin,
  entries: [
    {
      id: "tag:firma.example.org,2026-11-30:news/es/7d0f",
      title: "Reunión con el Senado & <más>",
      url: `${origin}/es/novedades/reunion-con-el-senado`,
      published: "2026-11-30T18:00:00.000Z",
      updated: "2026-12-02T09:30:00.000Z",
      body: "Hablamos con [la comisión](https://senado.example.mx/comision).\n\n<script>alert('x')</script> ver https://firma.example.org/es/firmar",
    },
    {
      id: "tag:firma.example.org,2026-11-20:news/es/1a2b",
      title: "Arrancamos",
      url: `${origin}/es/novedades/arrancamos`,
      published: "2026-11-20T18:00:00.000Z",
      updated: "2026-11-20T18:00:00.000Z",
      body: "Primer día.",
    },
  ],
};

describe("escapeMarkup", () => {
  it("escapes the five markup characters and drops characters XML forbids", () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>\u0000\u001b\uFFFE\uD800`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("keeps emoji, whose surrogate pairs are valid", () => {
    expect(escapeMarkup("Hola 👩🏽‍💻")).toBe("Hola 👩🏽‍💻");
  });
});

describe("newsBodyAsHtml", () => {
  it("makes paragraphs and links, external ones with rel=noopener noreferrer", () => {
    const html = newsBodyAsHtml(
      parseNewsBody("Uno [aquí](https://otro.example/a?b=1&c=2).\n\nDos https://firma.example.org/es/firmar"),
      origin,
    );
    expect(html).toBe(
      '<p>Uno <a href="https://otro.example/a?b=1&amp;c=2" rel="noopener noreferrer">aquí</a>.</p>\n' +
        '<p>Dos <a href="https://firma.example.org/es/firmar">https://firma.example.org/es/firmar</a></p>',
    );
  });

  it("never lets typed markup through", () => {
    const html = newsBodyAsHtml(
      parseNewsBody('<img src=x onerror="alert(1)"> [<b>](https://e.org/"><x>)'),
      origin,
    );
    expect(html).not.toMatch(/<(img|b|x)[\s>]/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("isExternalUrl", () => {
  it("tells the site's own links from others", () => {
    expect(isExternalUrl("https://firma.example.org/es", origin)).toBe(false);
    expect(isExternalUrl("http://firma.example.org/es", origin)).toBe(true);
    expect(isExternalUrl("https://firma.example.org.evil.example/", origin)).toBe(true);
  });
});

describe("newsEntryId", () => {
  it("is a tag: URI from the site's host, the day of publication, the language and the update", () => {
    expect(newsEntryId("http://localhost:3100", "2026-11-30T18:00:00.000Z", "en", "7d0f")).toBe(
      "tag:localhost,2026-11-30:news/en/7d0f",
    );
  });
});

describe("buildAtomFeed", () => {
  const xml = buildAtomFeed(feed);

  it("has the feed's id, title, language, links and author, updated at its newest entry", () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">',
      ),
    ).toBe(true);
    expect(xml).toContain(`<id>${origin}/es/novedades/feed.xml</id>`);
    expect(xml).toContain('<title type="text">Novedades de #BudapestConventionMx</title>');
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${origin}/es/novedades/feed.xml"/>`,
    );
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${origin}/es/novedades"/>`);
    expect(xml).toContain("<author><name>#BudapestConventionMx</name></author>");
    expect(xml.match(/<updated>[^<]*<\/updated>/)?.[0]).toBe("<updated>2026-12-02T09:30:00.000Z</updated>");
  });

  it("lists each entry with its id, escaped title, dates, link and doubly escaped HTML content", () => {
    const entries = xml.split("<entry>").slice(1);
    expect(entries).toHaveLength(2);
    const first = entries[0]!;
    expect(first).toContain("<id>tag:firma.example.org,2026-11-30:news/es/7d0f</id>");
    expect(first).toContain('<title type="text">Reunión con el Senado &amp; &lt;más&gt;</title>');
    expect(first).toContain("<published>2026-11-30T18:00:00.000Z</published>");
    expect(first).toContain("<updated>2026-12-02T09:30:00.000Z</updated>");
    expect(first).toContain(
      `<link rel="alternate" type="text/html" href="${origin}/es/novedades/reunion-con-el-senado"/>`,
    );
    // The HTML is text inside the XML: its tags are escaped once, the typed markup twice.
    expect(first).toContain(
      "&lt;p&gt;Hablamos con &lt;a href=&quot;https://senado.example.mx/comision&quot; rel=&quot;noopener noreferrer&quot;&gt;la comisión&lt;/a&gt;.&lt;/p&gt;",
    );
    expect(first).toContain("&amp;lt;script&amp;gt;alert(&amp;#39;x&amp;#39;)&amp;lt;/script&amp;gt;");
    expect(first).not.toContain("<script");
  });

  it("is updated when it was generated while nothing is published", () => {
    const empty = buildAtomFeed({ ...feed, entries: [] });
    expect(empty).toContain("<updated>2026-12-01T00:00:00.000Z</updated>");
    expect(empty).not.toContain("<entry>");
    expect(empty.trimEnd().endsWith("</feed>")).toBe(true);
  });
});
