// The not-found pages a visitor can land on: a made-up path in each language, one outside
// any language, and the dynamic pages whose parameter matches nothing. foundation.spec.ts
// checks /es/no-existe, /en/does-not-exist and an unknown locale; this file adds the rest,
// with the page's words, its language and its accessibility.
import en from "@/messages/en.json" with { type: "json" };
import es from "@/messages/es.json" with { type: "json" };
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

const MISSING = [
  // Deeper than one segment, under a real section: still the catch-all's localized 404.
  { path: "/es/convenio/articulo-99", locale: "es", axe: true },
  { path: "/en/convention/article-99", locale: "en", axe: true },
  // An update nobody published.
  { path: "/es/novedades/no-existe-esta-novedad", locale: "es" },
  { path: "/en/news/no-such-update", locale: "en" },
  // A page of the public list past its end, and one that is not a number.
  { path: "/es/firmantes/9999", locale: "es" },
  { path: "/en/signers/two", locale: "en" },
] as const;

const words = { es: es.NotFoundPage, en: en.NotFoundPage };

test.describe("pages that do not exist", () => {
  for (const { path, locale, ...checks } of MISSING) {
    test(`${path} answers 404 with the ${locale === "es" ? "Spanish" : "English"} not-found page`, async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(words[locale].title);
      await expect(page.getByText(words[locale].body)).toBeVisible();
      await expect(page.getByRole("link", { name: words[locale].backHome })).toHaveAttribute(
        "href",
        `/${locale}`,
      );
      // Not a page anyone should find again through a search engine.
      const robots = await page
        .locator('meta[name="robots"]')
        .evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content") ?? ""));
      expect(robots.length).toBeGreaterThan(0);
      for (const content of robots) expect(content).toContain("noindex");
      // One component in both languages: checked once per language.
      if ("axe" in checks) await expectNoAxeViolations(page);
    });
  }

  test("a missing file outside any language answers 404 with the not-found page in Spanish", async ({
    page,
  }) => {
    const response = await page.goto("/documento-que-no-existe.pdf");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.NotFoundPage.title);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: es.NotFoundPage.backHome }).click();
    await expect(page).toHaveURL(/\/es$/);
  });
});
