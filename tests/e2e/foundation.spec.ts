import { expect, expectNoAxeViolations, test } from "./support/fixtures";

test.describe("languages", () => {
  test("sends a visitor at / to the language their browser prefers, Spanish when unsure", async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL });
    for (const [acceptLanguage, expected] of [
      ["en-US,en;q=0.9", "/en"],
      ["es-MX,es;q=0.9", "/es"],
      ["fr-FR,fr;q=0.9", "/es"],
      ["", "/es"],
    ] as const) {
      const response = await request.get("/", {
        headers: { "Accept-Language": acceptLanguage },
        maxRedirects: 0,
      });
      expect(response.status(), acceptLanguage).toBe(307);
      expect(new URL(response.headers()["location"]!, baseURL).pathname, acceptLanguage).toBe(expected);
    }
    await request.dispose();
  });

  test("serves each locale with its lang, canonical URL and hreflang alternates", async ({
    page,
    baseURL,
  }) => {
    for (const locale of ["es", "en"]) {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/${locale}`);
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
        "href",
        `${baseURL}/es`,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        "href",
        `${baseURL}/en`,
      );
    }
  });

  test("switches language on the same page and remembers the choice", async ({ page }) => {
    await page.goto("/es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Que la violencia digital no quede impune",
    );
    await page.getByRole("link", { name: "Read in English" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Digital violence must not go unpunished",
    );

    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });

  test("answers an unknown path with a localized 404 page", async ({ page }) => {
    const spanish = await page.goto("/es/no-existe");
    expect(spanish?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esta página");

    const english = await page.goto("/en/does-not-exist");
    expect(english?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find this page");
  });

  test("treats an unknown locale as a missing page in the visitor's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "es-MX" });
    const page = await context.newPage();
    const response = await page.goto("/fr/page");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esta página");
    await context.close();
  });
});

test.describe("platform", () => {
  test("sends security headers with every page", async ({ request }) => {
    const response = await request.get("/es");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });

  test("reports a reachable database on the health endpoint", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
  });

  test("has a skip link to the main content and no accessibility violations", async ({ page }) => {
    await page.goto("/es");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Saltar al contenido" });
    await expect(skip).toBeFocused();
    await expectNoAxeViolations(page);
  });
});
