import { expect, test } from "./support/fixtures";

const ICON_FILES = [
  { path: "/favicon.ico", type: /^image\/(x-icon|vnd\.microsoft\.icon)/ },
  { path: "/icon.svg", type: /^image\/svg\+xml/ },
  { path: "/apple-touch-icon.png", type: /^image\/png/ },
  { path: "/manifest.webmanifest", type: /^application\/manifest\+json/ },
  { path: "/press/logo.svg", type: /^image\/svg\+xml/ },
  { path: "/press/wordmark.png", type: /^image\/png/ },
];

interface ManifestIcon {
  src: string;
  type: string;
  sizes: string;
}

test.describe("icons and the web manifest", () => {
  for (const { path, type } of ICON_FILES) {
    test(`${path} answers with its file`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toMatch(type);
      expect((await response.body()).length).toBeGreaterThan(0);
    });
  }

  test("the manifest names the campaign in Spanish and every icon it lists is served", async ({
    request,
  }) => {
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({
      name: "#BudapestConventionMx",
      start_url: "/es",
      display: "standalone",
      theme_color: "#5b2a86",
      background_color: "#ffffff",
    });
    const icons: ManifestIcon[] = manifest.icons;
    expect(icons.map((icon) => icon.src)).toContain("/icon-maskable-512.png");
    for (const icon of icons) {
      const response = await request.get(icon.src, { maxRedirects: 0 });
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"], icon.src).toContain(icon.type);
    }
  });

  for (const address of ["/es", "/en/press", "/no-such-file.txt"]) {
    test(`${address} links the favicon, the icon, the apple touch icon and the manifest`, async ({
      page,
    }) => {
      const refused: string[] = [];
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) refused.push(message.text());
      });
      await page.goto(address);
      const head = page.locator("head");
      await expect(head.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
      await expect(head.locator('link[rel="icon"][href="/icon.svg"][type="image/svg+xml"]')).toHaveCount(1);
      await expect(head.locator('link[rel="apple-touch-icon"][href="/apple-touch-icon.png"]')).toHaveCount(1);
      await expect(head.locator('link[rel="manifest"][href="/manifest.webmanifest"]')).toHaveCount(1);
      // Every linked file is this site's own.
      const hrefs = await head
        .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      for (const href of hrefs) expect(new URL(href).origin).toBe(new URL(page.url()).origin);
      expect(refused).toEqual([]);
    });
  }
});
