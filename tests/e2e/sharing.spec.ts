import { expect, expectNoAxeViolations, test } from "./support/fixtures";

test.describe("discovery", () => {
  test("lists every page in both languages in the sitemap, with its translations", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    for (const path of [
      "/es",
      "/en",
      "/es/convenio",
      "/en/convention",
      "/es/prensa",
      "/en/press",
      "/es/firmar",
    ]) {
      expect(xml).toContain(`<loc>${baseURL}${path}</loc>`);
    }
    expect(xml).toContain(`hreflang="en" href="${baseURL}/en/faq"`);
  });

  test("lets crawlers in, points them to the sitemap and keeps them out of the embed", async ({
    request,
    baseURL,
  }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain("Allow: /");
    expect(text).toContain("Disallow: /embed/");
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  for (const locale of ["es", "en"] as const) {
    test(`gives /${locale} a share preview whose image is a PNG from this site`, async ({
      page,
      request,
      baseURL,
    }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.+/);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
        "content",
        `${baseURL}/${locale}`,
      );
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
        "content",
        locale === "es" ? "es_MX" : "en_US",
      );
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
        "content",
        "summary_large_image",
      );
      for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
        const url = await page.locator(selector).first().getAttribute("content");
        expect(url?.startsWith(`${baseURL}/og/${locale}/`)).toBe(true);
        const image = await request.get(url!);
        expect(image.status()).toBe(200);
        expect(image.headers()["content-type"]).toBe("image/png");
        expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
      }
      await expect(page.locator('meta[property="og:image:alt"]').first()).toHaveAttribute(
        "content",
        /#BudapestConventionMx/,
      );
    });
  }
});

test.describe("embeddable counter", () => {
  for (const locale of ["es", "en"] as const) {
    test(`/embed/${locale} shows the count and a link to sign, without accessibility violations`, async ({
      page,
    }) => {
      const response = await page.goto(`/embed/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(
        page.getByRole("link", { name: locale === "es" ? /Firma la petición/ : /Sign the petition/ }),
      ).toHaveAttribute("href", /\/(es\/firmar|en\/sign)$/);
      await expectNoAxeViolations(page);
    });
  }

  test("may be framed by any site, while every other page refuses to be framed", async ({ request }) => {
    const embed = (await request.get("/embed/es")).headers();
    expect(embed["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed["x-frame-options"]).toBeUndefined();
    for (const path of ["/es", "/en/press", "/api/stats"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
  });

  test("loads inside an allied site's iframe, and the home page does not", async ({ browser, baseURL }) => {
    // The allied page is served by Playwright itself (nothing leaves the machine); this
    // context is not watched for foreign requests because framing needs a second origin.
    const context = await browser.newContext();
    // Chromium asks before a page may frame a local address; an allied site would be public.
    await context.grantPermissions(["local-network-access"], { origin: "http://ally.localhost:3999" });
    const page = await context.newPage();
    await page.route("http://ally.localhost:3999/", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Ally</title>
          <iframe id="embed" title="embed" src="${baseURL}/embed/en"></iframe>
          <iframe id="home" title="home" src="${baseURL}/en"></iframe>`,
      }),
    );
    await page.goto("http://ally.localhost:3999/");
    await expect(page.frameLocator("#embed").getByRole("heading", { level: 1 })).toHaveText(
      "Mexico needs the Budapest Convention",
    );
    // Chromium replaces a frame it refuses to show with its own error document.
    await expect
      .poll(() => page.frames().map((frame) => frame.url()))
      .toContain("chrome-error://chromewebdata/");
    await expect(page.frameLocator("#home").getByRole("heading", { level: 1 })).toHaveCount(0);
    await context.close();
  });
});
