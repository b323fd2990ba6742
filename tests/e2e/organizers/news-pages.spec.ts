// Campaign news from the editor to the public: an organizer writes an update in both
// languages, previews it, publishes it without email, and it appears on the news pages
// and in both Atom feeds, with every character the organizer typed shown as text.
import type { APIRequestContext, Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../../../playwright.config";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { signIn } from "./sign-in-helpers";

const run = Date.now().toString(36);

// Each test signs in and walks several pages with accessibility checks: a budget for a
// shared, busy machine, not a speed target.
test.describe.configure({ timeout: 240_000 });

const update = {
  titleEs: `Entregamos las firmas al Senado ${run}`,
  bodyEs: `Hoy entregamos las firmas en la Oficialía de Partes.\n\nLee [la minuta](https://example.org/minuta) y comparte. <script>alert("es")</script> & <b>gracias</b>`,
  titleEn: `We delivered the signatures to the Senate ${run}`,
  bodyEn: `Today we delivered the signatures to the Senate.\n\nRead [the record](https://example.org/record) and share. <script>alert("en")</script> & <b>thanks</b>`,
};
const slug = `entregamos-las-firmas-al-senado-${run}`;

async function emailQueuedAt(titleEs: string): Promise<Date | null | undefined> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ email_queued_at: Date | null }>(
      `SELECT email_queued_at FROM news_update WHERE title_es = $1`,
      [titleEs],
    );
    return rows[0]?.email_queued_at;
  } finally {
    await client.end();
  }
}

interface ParsedFeed {
  error: string | null;
  contentType: string;
  title: string;
  selfLink: string | null;
  entries: { id: string; title: string; link: string | null; contentType: string | null; html: string }[];
}

/** Fetches a feed and parses it as XML in the browser, as a feed reader would. */
async function readFeed(page: Page, request: APIRequestContext, path: string): Promise<ParsedFeed> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
    const root = doc.documentElement;
    const child = (parent: Element, name: string) =>
      Array.from(parent.children).find((node) => node.namespaceURI === atom && node.localName === name);
    const link = (parent: Element, rel: string) =>
      Array.from(parent.children)
        .find((node) => node.localName === "link" && node.getAttribute("rel") === rel)
        ?.getAttribute("href") ?? null;
    return {
      error,
      title: child(root, "title")?.textContent ?? "",
      selfLink: link(root, "self"),
      entries: Array.from(root.children)
        .filter((node) => node.namespaceURI === atom && node.localName === "entry")
        .map((entry) => ({
          id: child(entry, "id")?.textContent ?? "",
          title: child(entry, "title")?.textContent ?? "",
          link: link(entry, "alternate"),
          contentType: child(entry, "content")?.getAttribute("type") ?? null,
          html: child(entry, "content")?.textContent ?? "",
        })),
    };
  }, xml);
  return { ...parsed, contentType: response.headers()["content-type"] ?? "" };
}

/** Waits until a freshly published update shows on a prerendered page. */
async function gotoUntilVisible(page: Page, path: string, name: string) {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

test("an organizer previews an update, publishes it without email, and it reaches the pages and both feeds", async ({
  page,
  request,
  baseURL,
}) => {
  // Had any typed <script> run, it would have opened a dialog.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page);
  await page.goto("/es/organizadores/novedades");
  await expect(page.getByRole("heading", { level: 1, name: "Novedades" })).toBeVisible();

  await page.getByLabel("Título en español").fill(update.titleEs);
  await page.getByLabel("Texto en español").fill(update.bodyEs);
  await page.getByLabel("Título en inglés").fill(update.titleEn);
  await page.getByLabel("Texto en inglés").fill(update.bodyEn);

  // The preview renders both languages the way the public page will.
  await page.getByRole("button", { name: "Vista previa" }).click();
  const preview = page.getByRole("region", { name: "Vista previa" });
  await expect(preview).toBeVisible();
  for (const [language, title, linkName, href, script] of [
    ["es", update.titleEs, "la minuta", "https://example.org/minuta", '<script>alert("es")</script>'],
    ["en", update.titleEn, "the record", "https://example.org/record", '<script>alert("en")</script>'],
  ] as const) {
    const article = preview.locator(`article[lang="${language}"]`);
    await expect(article.getByRole("heading", { name: title })).toBeVisible();
    const paragraphs = article.locator("div > p");
    await expect(paragraphs).toHaveCount(2);
    const link = paragraphs.nth(1).getByRole("link", { name: linkName });
    await expect(link).toHaveAttribute("href", href);
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(paragraphs.nth(1)).toContainText(script);
  }
  await expect(preview.locator("script")).toHaveCount(0);
  // The editor with its preview: the form, the help and both rendered languages.
  await expectNoAxeViolations(page);

  // Published without email: the box stays unticked (it shows only when someone asked for news).
  const emailBox = page.getByRole("checkbox", { name: /También enviarla por correo/ });
  if ((await emailBox.count()) > 0) await expect(emailBox).not.toBeChecked();
  await page.getByRole("button", { name: "Publicar", exact: true }).click();
  await expect(page.getByText("Publicada. Ya aparece en el sitio y en los canales Atom.")).toBeVisible();
  await expect(page).toHaveURL(/\/es\/organizadores\/novedades\?update=[0-9a-f-]{36}&done=published$/);
  expect(await emailQueuedAt(update.titleEs)).toBeNull();
  await expect(page.getByRole("button", { name: "Guardar corrección" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publicar", exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Enviar por correo" })).toBeVisible();

  // The list page in Spanish, then the update's own page.
  await gotoUntilVisible(page, "/es/novedades", update.titleEs);
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    `${baseURL}/es/novedades/feed.xml`,
  );
  await expect(page.getByText("Hoy entregamos las firmas en la Oficialía de Partes.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: update.titleEs }).click();
  await expect(page).toHaveURL(`/es/novedades/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(update.titleEs);
  const spanishBody = page.locator("article p");
  await expect(spanishBody.filter({ hasText: "Oficialía de Partes" })).toHaveCount(1);
  await expect(spanishBody.filter({ hasText: '<script>alert("es")</script> & <b>gracias</b>' })).toHaveCount(
    1,
  );
  await expect(page.locator("article script")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "la minuta" })).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${baseURL}/es/novedades/${slug}`,
  );
  await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    `${baseURL}/en/news/${slug}`,
  );
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute("content", update.titleEs);
  // Its own share image, drawn with its title: a 1200 × 630 PNG from this site.
  const shareImage = `${baseURL}/og/es/news/${slug}.png`;
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute("content", shareImage);
  await expect(page.locator('head meta[name="twitter:image"]')).toHaveAttribute("content", shareImage);
  const image = await page.request.get(shareImage);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = await image.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  await expectNoAxeViolations(page);

  // The language switch keeps the update.
  await page.getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL(`/en/news/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(update.titleEn);
  await expect(
    page.locator("article p").filter({ hasText: '<script>alert("en")</script> & <b>thanks</b>' }),
  ).toHaveCount(1);
  await expect(page.getByRole("link", { name: "the record" })).toHaveAttribute(
    "href",
    "https://example.org/record",
  );
  await expectNoAxeViolations(page);

  await gotoUntilVisible(page, "/en/news", update.titleEn);
  await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Both feeds hold the entry, its content escaped: the HTML inside is text, and the
  // organizer's <script> is text inside that HTML.
  for (const [path, title, link, script] of [
    [
      "/es/novedades/feed.xml",
      update.titleEs,
      `${baseURL}/es/novedades/${slug}`,
      "&lt;script&gt;alert(&quot;es&quot;)",
    ],
    [
      "/en/news/feed.xml",
      update.titleEn,
      `${baseURL}/en/news/${slug}`,
      "&lt;script&gt;alert(&quot;en&quot;)",
    ],
  ] as const) {
    const feed = await readFeed(page, request, path);
    expect(feed.error).toBeNull();
    expect(feed.contentType).toBe("application/atom+xml; charset=utf-8");
    expect(feed.selfLink).toBe(`${baseURL}${path}`);
    const entry = feed.entries.find((candidate) => candidate.title === title);
    expect(entry, `${title} in ${path}`).toBeDefined();
    expect(entry!.id).toMatch(/^tag:localhost,\d{4}-\d{2}-\d{2}:news\/(es|en)\/[0-9a-f-]{36}$/);
    expect(entry!.link).toBe(link);
    expect(entry!.contentType).toBe("html");
    expect(entry!.html.match(/<p>/g)).toHaveLength(2);
    expect(entry!.html).toContain('rel="noopener noreferrer"');
    expect(entry!.html).toContain(script);
    expect(entry!.html).not.toContain("<script");
    expect(entry!.html).not.toContain("<b>");
  }
  // Each language's feed has its own id for the same update.
  const [spanishFeed, englishFeed] = [
    await readFeed(page, request, "/es/novedades/feed.xml"),
    await readFeed(page, request, "/en/news/feed.xml"),
  ];
  expect(spanishFeed.entries.find((entry) => entry.title === update.titleEs)?.id).not.toBe(
    englishFeed.entries.find((entry) => entry.title === update.titleEn)?.id,
  );

  expect(dialogs).toEqual([]);

  // The English editor, with the published update open.
  await page.goto("/es/organizadores/novedades");
  await page.getByRole("link", { name: update.titleEs }).click();
  await expect(page.getByLabel("Texto en inglés")).toHaveValue(update.bodyEn);
  await page.goto(page.url().replace("/es/organizadores/novedades", "/en/organizers/news"));
  await expect(page.getByRole("heading", { level: 2, name: `Edit “${update.titleEs}”` })).toBeVisible();
  await expect(page.getByRole("link", { name: "See the published page." })).toHaveAttribute(
    "href",
    `/en/news/${slug}`,
  );
  await expectNoAxeViolations(page);
});

test("a draft stays private, and an unknown address is a 404 in both languages", async ({
  page,
  request,
}) => {
  await signIn(page);
  await page.goto("/en/organizers/news");
  const title = `Draft only ${run}`;
  // A refused form: the errors are announced, tied to their fields, and nothing typed is lost.
  await page.getByLabel("Title in Spanish").fill(title);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Check the 3 fields marked below.")).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveAccessibleDescription("Write the title.");
  await expect(page.getByLabel("Text in Spanish")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title in Spanish")).toHaveValue(title);
  await expectNoAxeViolations(page);

  await page.getByLabel("Title in Spanish").fill(title);
  await page.getByLabel("Text in Spanish").fill("Borrador.");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Text in English").fill("Draft.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await expect(page.getByText("This is a draft: nobody else can see it.")).toBeVisible();
  await expectNoAxeViolations(page);

  for (const path of [
    `/es/novedades/draft-only-${run}`,
    `/en/news/draft-only-${run}`,
    "/en/news/no-such-update",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of ["/es/novedades/feed.xml", "/en/news/feed.xml"]) {
    expect(await (await request.get(path)).text()).not.toContain(title);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the editor previews, refuses a missing field keeping what was typed, and saves a draft", async ({
    page,
  }) => {
    await signIn(page);
    await page.goto("/es/organizadores/novedades");
    const title = `Sin JavaScript ${run}`;
    await page.getByLabel("Título en español").fill(title);
    await page.getByLabel("Texto en español").fill("Uno.\n\nDos con https://example.org/dos.");
    await page.getByLabel("Título en inglés").fill("Without JavaScript");

    await page.getByRole("button", { name: "Vista previa" }).click();
    await expect(page.getByText("Revisa el campo marcado abajo.")).toBeVisible();
    await expect(page.getByText("Escribe el texto.")).toBeVisible();
    await expect(page.getByLabel("Texto en inglés")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Título en español")).toHaveValue(title);
    await expect(page.getByLabel("Texto en español")).toHaveValue("Uno.\n\nDos con https://example.org/dos.");

    await page.getByLabel("Texto en inglés").fill("One.");
    await page.getByRole("button", { name: "Vista previa" }).click();
    const preview = page.getByRole("region", { name: "Vista previa" });
    await expect(preview.locator('article[lang="es"] div > p')).toHaveCount(2);
    await expect(preview.getByRole("link", { name: "https://example.org/dos" })).toHaveAttribute(
      "href",
      "https://example.org/dos",
    );
    await expect(page.getByLabel("Texto en inglés")).toHaveValue("One.");

    await page.getByRole("button", { name: "Guardar borrador" }).click();
    await expect(page.getByText("Borrador guardado.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `Editar «${title}»` })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Borrador");
  });
});
