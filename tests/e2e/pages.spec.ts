import en from "@/messages/en.json" with { type: "json" };
import es from "@/messages/es.json" with { type: "json" };
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

// Every campaign page in both languages, with the heading a visitor should land on.
const PAGES = [
  { es: "/es", en: "/en", h1: { es: es.HomePage.title, en: en.HomePage.title } },
  {
    es: "/es/convenio",
    en: "/en/convention",
    h1: { es: es.ConventionPage.title, en: en.ConventionPage.title },
  },
  { es: "/es/campana", en: "/en/campaign", h1: { es: es.CampaignPage.title, en: en.CampaignPage.title } },
  { es: "/es/peticion", en: "/en/petition", h1: { es: es.PetitionText.title, en: en.PetitionText.title } },
  { es: "/es/prensa", en: "/en/press", h1: { es: es.PressPage.title, en: en.PressPage.title } },
  { es: "/es/preguntas-frecuentes", en: "/en/faq", h1: { es: es.FaqPage.title, en: en.FaqPage.title } },
  {
    es: "/es/aviso-de-privacidad",
    en: "/en/privacy",
    h1: { es: es.PrivacyPage.title, en: en.PrivacyPage.title },
  },
] as const;

for (const pageInfo of PAGES) {
  for (const locale of ["es", "en"] as const) {
    const path = pageInfo[locale];

    test(`${path} answers 200 with its heading, canonical URL, hreflang and no accessibility violations`, async ({
      page,
      baseURL,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(pageInfo.h1[locale]);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${path}`);
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
        "href",
        `${baseURL}${pageInfo.es}`,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        "href",
        `${baseURL}${pageInfo.en}`,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        "href",
        `${baseURL}${pageInfo.es}`,
      );
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
      await expectNoAxeViolations(page);
    });

    test(`${path} fits a 320 px screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
}

test.describe("the petition's text", () => {
  for (const locale of ["es", "en"] as const) {
    test(`is linked from the ${locale} form as what the signer signs, and prints without the page's furniture`, async ({
      page,
    }) => {
      await page.goto(locale === "es" ? "/es/firmar" : "/en/sign");
      const form = page.getByRole("form", {
        name: locale === "es" ? es.PetitionForm.title : en.PetitionForm.title,
      });
      await form
        .getByRole("link", {
          name: locale === "es" ? "lee el texto completo de la petición" : "read the petition’s full text",
        })
        .click();
      await expect(page).toHaveURL(locale === "es" ? "/es/peticion" : "/en/petition");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "es" ? es.PetitionText.title : en.PetitionText.title,
      );
      await expect(
        page.getByText(locale === "es" ? "Versión 1, publicada el" : "Version 1, published on"),
      ).toBeVisible();
      await expect(
        page.getByRole("button", { name: locale === "es" ? es.PetitionText.print : en.PetitionText.print }),
      ).toBeVisible();
      await page.emulateMedia({ media: "print" });
      await expect(
        page
          .locator("article")
          .getByRole("link", { name: locale === "es" ? es.PetitionText.signCta : en.PetitionText.signCta }),
      ).toBeHidden();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }
});

test.describe("navigation", () => {
  test("reaches every page from the header and footer in both languages", async ({ page }) => {
    for (const locale of ["es", "en"] as const) {
      await page.goto(`/${locale}`);
      const header = page.getByRole("navigation", {
        name: locale === "es" ? "Navegación principal" : "Main navigation",
      });
      const footer = page.getByRole("contentinfo");
      const hrefs = [
        ...(await header.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")))),
        ...(await footer.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")))),
      ];
      for (const pageInfo of PAGES.slice(1)) expect(hrefs).toContain(pageInfo[locale]);
      expect(hrefs).toContain(locale === "es" ? "/es/firmar" : "/en/sign");
    }
  });

  test("marks the current section in the navigation", async ({ page }) => {
    await page.goto("/es/prensa");
    const nav = page.getByRole("navigation", { name: "Navegación principal" });
    await expect(nav.getByRole("link", { name: "Prensa" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "La campaña" })).not.toHaveAttribute("aria-current", "page");
  });

  test("shows a visible focus ring when moving through the page with the keyboard", async ({ page }) => {
    await page.goto("/en");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test("keeps the call to sign on screen on a phone, and leaves it out on wide screens", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto("/es/convenio");
    // The sticky call comes last in the page, after the footer's own link to sign; counting
    // hidden links too keeps it the last one once a wide screen hides it.
    const sticky = page
      .getByRole("link", { name: "Firma la petición", exact: true, includeHidden: true })
      .last();
    await expect(sticky).toBeInViewport();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(sticky).toBeHidden();
  });
});

test.describe("figures on a new campaign", () => {
  test("shows the zero count, the map with its credit and a table of all 32 states", async ({ page }) => {
    // The build ran without a database; the prerendered page picks up the figures on a
    // background refresh, so the first visits may still show the build's version.
    await expect(async () => {
      await page.goto("/es");
      await expect(page.getByText("sé la primera persona en firmar")).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole("img", { name: /Mapa de México/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
    await page.getByText("Ver las cifras por entidad en una tabla").click();
    const table = page.getByRole("table", { name: "Firmas confirmadas por entidad federativa" });
    await expect(table.getByRole("row")).toHaveCount(33);
    await expect(table.getByRole("rowheader", { name: "Ciudad de México" })).toBeVisible();
  });

  test("hides the settings organizers have not set yet", async ({ page }) => {
    await page.goto("/en/press");
    await expect(page.getByRole("heading", { name: "Press contact" })).toHaveCount(0);
    await expect(page.getByRole("progressbar")).toHaveCount(0);
    await page.goto("/es/aviso-de-privacidad");
    await expect(page.getByRole("heading", { name: "Quién es responsable de tus datos" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Aviso de privacidad simplificado" })).toBeVisible();
  });

  test("stamps the live figures on the press brief with the time they were read", async ({ page }) => {
    await page.goto("/en/press");
    await expect(page.getByText(/^Figures as of .+, Mexico City time\.$/)).toBeVisible();
    await expect(page.getByText("0 confirmed signatures")).toBeVisible();
    await expect(page.getByRole("link", { name: /\/api\/stats\.csv$/ })).toBeVisible();
  });

  test("prints the press brief without navigation or the embed code", async ({ page }) => {
    await page.goto("/es/prensa");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Navegación principal" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Contador para tu sitio" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Datos clave" })).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});
