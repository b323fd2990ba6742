import { describe, expect, it } from "vitest";
import { localizedPath, localizedUrl, requestLocale } from "@/i18n/navigation";
import { unsubscribePagePath } from "@/lib/news/email-links";
import { tokenLink } from "@/lib/petition/links";
import { signersPageHref } from "@/lib/signers/page-href";

describe("localized addresses", () => {
  it("builds each language's path, with parameters kept inside their segment and a query", () => {
    expect(localizedPath("es", "/organizers/sign-in")).toBe("/es/organizadores/entrar");
    expect(localizedPath("en", { pathname: "/news/[slug]", params: { slug: "a/b?c" } })).toBe(
      "/en/news/a%2Fb%3Fc",
    );
    expect(localizedPath("es", { pathname: "/organizers/exports", query: { error: "by" } })).toBe(
      "/es/organizadores/exportar?error=by",
    );
    expect(localizedUrl("https://example.org", "en", "/signers")).toBe("https://example.org/en/signers");
  });

  it("gives emails, pages and redirects the same addresses", () => {
    expect(tokenLink("https://example.org", "es", "/confirm/[token]", "abc_-")).toBe(
      "https://example.org/es/confirmar/abc_-",
    );
    expect(unsubscribePagePath("es", "t0k")).toBe("/es/dejar-de-recibir-noticias/t0k");
    expect(signersPageHref("es", 1)).toBe("/es/firmantes");
    expect(signersPageHref("en", 3)).toBe("/en/signers/3");
  });
});

describe("the language of a request outside the localized pages", () => {
  const withCookie = (cookie: string) => new Headers({ cookie });

  it("takes the one asked for, then the language the visitor chose, then Spanish", () => {
    expect(requestLocale(withCookie("NEXT_LOCALE=en"), "es")).toBe("es");
    expect(requestLocale(withCookie("a=1; NEXT_LOCALE=en; b=2"))).toBe("en");
    expect(requestLocale(new Headers())).toBe("es");
  });

  it("answers Spanish for a language the site does not have", () => {
    expect(requestLocale(withCookie("NEXT_LOCALE=en"), "fr")).toBe("es");
    expect(requestLocale(withCookie("NEXT_LOCALE=../x"))).toBe("es");
  });
});
