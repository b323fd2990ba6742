import type { APIRequestContext } from "@playwright/test";
import { INDEXED_PATHNAMES } from "@/i18n/routing";
import { expect, test } from "./support/fixtures";

// The share image every page names, as documented in the README ("Share previews"):
// 1200 × 630 PNG, under WhatsApp's 300 KB limit.
const SHARE_IMAGE = { width: 1200, height: 630, maxBytes: 300 * 1024 };

/** The width and height a PNG declares in its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

test.describe("every page in the sitemap", () => {
  test("has a title, a description, its canonical URL, hreflang links and a share image of the documented size, all on SITE_URL", async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    // The server was built and runs with SITE_URL = baseURL: every address a page gives out
    // must start with it, never with the http://localhost:3000 a build without it would print.
    const siteUrl = baseURL!;
    const urls = await sitemapUrls(request);
    for (const locale of ["es", "en"]) {
      expect(urls.filter((url) => url.startsWith(`${siteUrl}/${locale}`)).length).toBe(
        INDEXED_PATHNAMES.length,
      );
    }
    const checkedImages = new Map<string, string>();

    for (const url of urls) {
      expect(url.startsWith(`${siteUrl}/`), url).toBe(true);
      const path = url.slice(siteUrl.length);
      const locale = path.split("/")[1];
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html"), path).toHaveAttribute("lang", locale!);
      expect((await page.title()).trim().length, `${path} title`).toBeGreaterThan(5);

      const head = await page.evaluate(() => {
        const meta = (selector: string) =>
          document.head.querySelector(selector)?.getAttribute("content") ?? null;
        const link = (selector: string) =>
          document.head.querySelector(selector)?.getAttribute("href") ?? null;
        return {
          description: meta('meta[name="description"]'),
          canonical: link('link[rel="canonical"]'),
          es: link('link[rel="alternate"][hreflang="es"]'),
          en: link('link[rel="alternate"][hreflang="en"]'),
          xDefault: link('link[rel="alternate"][hreflang="x-default"]'),
          ogUrl: meta('meta[property="og:url"]'),
          ogTitle: meta('meta[property="og:title"]'),
          ogImage: meta('meta[property="og:image"]'),
          ogImageWidth: meta('meta[property="og:image:width"]'),
          ogImageHeight: meta('meta[property="og:image:height"]'),
          ogImageAlt: meta('meta[property="og:image:alt"]'),
          twitterCard: meta('meta[name="twitter:card"]'),
          twitterImage: meta('meta[name="twitter:image"]'),
        };
      });

      expect(head.description?.length ?? 0, `${path} description`).toBeGreaterThanOrEqual(40);
      expect(head.canonical, `${path} canonical`).toBe(url);
      expect(head.ogUrl, `${path} og:url`).toBe(url);
      expect(head.ogTitle, `${path} og:title`).toBeTruthy();
      expect(head.twitterCard, `${path} twitter:card`).toBe("summary_large_image");
      expect(head.ogImageAlt?.length ?? 0, `${path} og:image:alt`).toBeGreaterThan(10);
      expect([head.ogImageWidth, head.ogImageHeight], `${path} og:image size`).toEqual([
        String(SHARE_IMAGE.width),
        String(SHARE_IMAGE.height),
      ]);
      expect(head.twitterImage, `${path} twitter:image`).toBe(head.ogImage);
      // The image is this page's own, in its language.
      expect(head.ogImage, `${path} og:image`).toMatch(
        new RegExp(`^${siteUrl}/og/${locale}/[a-z0-9-]+(/[a-z0-9-]+)?\\.png$`),
      );
      expect(head.es, `${path} hreflang es`).toMatch(new RegExp(`^${siteUrl}/es(/|$)`));
      expect(head.en, `${path} hreflang en`).toMatch(new RegExp(`^${siteUrl}/en(/|$)`));
      expect(head.xDefault, `${path} x-default`).toBe(head.es);
      // Every address the page gives out is on SITE_URL (a build without it printed localhost:3000).
      for (const address of [head.canonical, head.es, head.en, head.xDefault, head.ogUrl, head.ogImage]) {
        expect(address?.startsWith(`${siteUrl}/`), `${path}: ${address}`).toBe(true);
      }

      const image = head.ogImage!;
      if (!checkedImages.has(image)) {
        const answer = await request.get(image.slice(siteUrl.length));
        expect(answer.status(), image).toBe(200);
        expect(answer.headers()["content-type"], image).toBe("image/png");
        const body = await answer.body();
        expect(pngSize(body), image).toEqual({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
        expect(body.length, `${image} bytes`).toBeLessThan(SHARE_IMAGE.maxBytes);
        checkedImages.set(image, path);
      }
    }
    // One image per page and language: none is shared between two different pages.
    expect(checkedImages.size).toBe(urls.length);
  });

  test("answers an image that no page names with 404, without drawing it", async ({ request }) => {
    for (const path of [
      "/og/es/unknown.png",
      "/og/fr/home.png",
      "/og/es/home.jpg",
      "/og/es/news/unknown.png",
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});
