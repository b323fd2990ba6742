// The language switch on inner pages: it leads to the same page in the other language, at
// that language's own address, and back (components/layout/language-switch.tsx).
// tests/e2e/foundation.spec.ts covers the home page; news-pages.spec.ts an update's page.
import en from "@/messages/en.json" with { type: "json" };
import es from "@/messages/es.json" with { type: "json" };
import { expect, test } from "./support/fixtures";

const INNER_PAGES = [
  {
    spanish: "/es/convenio",
    english: "/en/convention",
    es: es.ConventionPage.title,
    en: en.ConventionPage.title,
  },
  { spanish: "/es/preguntas-frecuentes", english: "/en/faq", es: es.FaqPage.title, en: en.FaqPage.title },
  // Read from the database on each request, not prerendered like the two above.
  { spanish: "/es/novedades", english: "/en/news", es: es.NewsPage.title, en: en.NewsPage.title },
  // A dynamic segment (a private link's token) travels with the switch.
  {
    spanish: `/es/confirmar/${"T".repeat(43)}`,
    english: `/en/confirm/${"T".repeat(43)}`,
    es: es.ConfirmPage.invalidHeading,
    en: en.ConfirmPage.invalidHeading,
  },
];

const pathOf = (url: string) => new URL(url).pathname;

test.describe("the language switch on an inner page", () => {
  for (const { spanish, english, es: spanishHeading, en: englishHeading } of INNER_PAGES) {
    test(`leads from ${spanish} to ${english} and back`, async ({ page }) => {
      await page.goto(spanish);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanishHeading);

      await page.getByRole("link", { name: es.LanguageSwitch.switchTo }).click();
      await expect.poll(() => pathOf(page.url())).toBe(english);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(englishHeading);

      await page.getByRole("link", { name: en.LanguageSwitch.switchTo }).click();
      await expect.poll(() => pathOf(page.url())).toBe(spanish);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanishHeading);
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("is a plain link to the same page in the other language", async ({ page }) => {
      await page.goto("/en/faq");
      const link = page.getByRole("link", { name: en.LanguageSwitch.switchTo });
      await expect(link).toHaveAttribute("href", "/es/preguntas-frecuentes");
      await expect(link).toHaveAttribute("hreflang", "es");
      await link.click();
      await expect.poll(() => pathOf(page.url())).toBe("/es/preguntas-frecuentes");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.FaqPage.title);
    });
  });
});
