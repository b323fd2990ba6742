import { describe, expect, it } from "vitest";
import { newsEmail } from "@/lib/email/templates";
import { newsBodyAsText, parseNewsBody } from "@/lib/news/body";
import { listUnsubscribeHeaders, newsPageUrl, unsubscribePageUrl } from "@/lib/news/email-links";
import { isOneClickBody } from "@/lib/news/unsubscribe";

const links = {
  pageUrl: "https://petition.example/es/novedades/avance",
  unsubscribeUrl: "https://petition.example/es/dejar-de-recibir-noticias/TOKEN",
};

describe("the news email", () => {
  it("escapes every piece of the organizer's text and links only http(s) addresses", () => {
    const email = newsEmail("es", {
      title: 'Avance <img src=x onerror="alert(1)">',
      body: "Hola <script>alert(1)</script>\n\n[clic](javascript:alert(1)) y [minuta](https://example.org/a?b=1&c=2)",
      ...links,
    });
    expect(email.subject).toBe('Avance <img src=x onerror="alert(1)">');
    expect(email.html).not.toMatch(/<script|<img|href="javascript:/);
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.html).toContain('<a href="https://example.org/a?b=1&amp;c=2"');
  });

  it("has a text part made by the body's own plain-text renderer, with the page and the way out", () => {
    const body = "Primer párrafo.\n\nSegundo con [enlace](https://example.org).";
    const email = newsEmail("es", { title: "Título", body, ...links });
    expect(email.text).toContain(newsBodyAsText(parseNewsBody(body)));
    expect(email.text).toContain(links.pageUrl);
    expect(email.text).toContain(links.unsubscribeUrl);
    expect(email.text).toContain("Tu firma seguirá contando igual.");
  });

  it("is written in English for English readers", () => {
    const email = newsEmail("en", { title: "Title", body: "Body", ...links });
    expect(email.html).toContain('lang="en"');
    expect(email.text).toContain("Stop receiving news");
  });
});

describe("news links", () => {
  it("builds each page in its language and the one-click headers of RFC 8058", () => {
    expect(newsPageUrl("https://p.example", "en", "first-step")).toBe("https://p.example/en/news/first-step");
    expect(unsubscribePageUrl("https://p.example", "es", "abc")).toBe(
      "https://p.example/es/dejar-de-recibir-noticias/abc",
    );
    expect(listUnsubscribeHeaders("https://p.example", "abc")).toEqual({
      "List-Unsubscribe": "<https://p.example/api/news/unsubscribe/abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("recognizes only the one-click form body", () => {
    expect(isOneClickBody("List-Unsubscribe=One-Click")).toBe(true);
    expect(isOneClickBody("List-Unsubscribe=One-Click&extra=1")).toBe(true);
    expect(isOneClickBody("")).toBe(false);
    expect(isOneClickBody("List-Unsubscribe=Yes")).toBe(false);
  });
});
