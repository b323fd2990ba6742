import { expect, test } from "./support/fixtures";
import en from "@/messages/en.json" with { type: "json" };
import es from "@/messages/es.json" with { type: "json" };

// The home page references the map's shapes in one cached file instead of inlining them,
// and the text's fallback font is scaled to Public Sans so nothing moves when it arrives.

test("the home page draws each state from the cached map file, shaded, without inlining the shapes", async ({
  page,
  request,
}) => {
  // The build ran without a database: wait for the refreshed page, the one with the map
  // (refreshed at least every minute).
  test.setTimeout(100_000);
  await expect(async () => {
    await page.goto("/es");
    await expect(page.getByRole("img", { name: /Mapa de México/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 80_000 });

  const html = await (await request.get("/es")).text();
  expect(html).not.toContain("<path");
  // The shapes alone weigh ~150 KB; the whole page stays well under that.
  expect(html.length).toBeLessThan(100_000);

  const states = page.locator("figure svg use");
  await expect(states).toHaveCount(32);
  // A new campaign: every state at the lowest shade, each named for whoever points at it.
  await expect(page.locator('figure svg use[data-level="0"]')).toHaveCount(32);
  await expect(page.locator('use[data-state="CMX"] title')).toHaveText("Ciudad de México: 0 firmas");

  // The shapes really arrive: a <use> whose file failed to load has no size.
  const widths = await states.evaluateAll((uses) =>
    uses.map((use) => (use as SVGUseElement).getBBox().width),
  );
  expect(widths.every((width) => width > 0)).toBe(true);

  const href = (await states.first().getAttribute("href"))!.split("#")[0]!;
  expect(href).toMatch(/^\/map\/mexico\/[0-9a-f]{8}\.svg$/);
  const asset = await request.get(href);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(asset.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect((await request.get("/map/mexico/00000000.svg")).status()).toBe(404);
});

test("the fallback font is found on this machine, so the swap to Public Sans moves nothing", async ({
  page,
}) => {
  await page.goto("/es/firmar");
  // A local() that matches nothing fails to load; the text would then fall to an unscaled face.
  const statuses = await page.evaluate(async () => {
    const regular = await document.fonts.load('400 16px "Public Sans Fallback"');
    const bold = await document.fonts.load('700 16px "Public Sans Fallback"');
    return [...regular, ...bold].map((face) => face.status);
  });
  expect(statuses).toEqual(["loaded", "loaded"]);
});

test("each page sends the browser only the words its own forms read", async ({ request }) => {
  // The petition form's messages for a mistyped email, the confirmation page's title and the
  // organizers' sign-in form's title: words that only client components read from the browser.
  const petitionWords = es.PetitionForm.errors.emailInvalid;
  const confirmWords = es.ConfirmPage.title;
  const organizerWords = es.OrganizerSignIn.title;

  const reading = await (await request.get("/es/convenio")).text();
  expect(reading).toContain(es.SiteHeader.skipLink);
  for (const words of [petitionWords, confirmWords, organizerWords]) expect(reading).not.toContain(words);

  const petition = await (await request.get("/es/firmar")).text();
  expect(petition).toContain(petitionWords);
  for (const words of [confirmWords, organizerWords]) expect(petition).not.toContain(words);
});

const petitionPages = [
  { path: "/es/firmar", messages: es, petition: "/es/peticion", privacy: "/es/aviso-de-privacidad" },
  { path: "/en/sign", messages: en, petition: "/en/petition", privacy: "/en/privacy" },
];

for (const { path, messages, petition, privacy } of petitionPages) {
  test(`${path} compiles no message in the browser until the form answers`, async ({ page }) => {
    // Compiling a message (one with a link or an argument) is what first makes the browser
    // resolve a locale through Intl, a cost a phone pays while the page hydrates: the form's
    // linked sentences come rendered from the server instead.
    await page.addInitScript(() => {
      const calls = { count: 0 };
      (window as unknown as { localeResolutions: typeof calls }).localeResolutions = calls;
      const original = Intl.NumberFormat.supportedLocalesOf.bind(Intl.NumberFormat);
      Intl.NumberFormat.supportedLocalesOf = (...args) => {
        calls.count += 1;
        return original(...args);
      };
    });
    const resolutions = () =>
      page.evaluate(
        () => (window as unknown as { localeResolutions: { count: number } }).localeResolutions.count,
      );
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });

    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const form = page.getByRole("form", { name: messages.PetitionForm.title });
    // The words inside <link>…</link> in each sentence.
    const linkText = (message: string) => /<link>(.*)<\/link>/.exec(message)![1]!;
    await expect(
      form.getByRole("link", { name: linkText(messages.PetitionForm.petitionTextLink) }),
    ).toHaveAttribute("href", petition);
    await expect(
      form.getByRole("link", { name: linkText(messages.PetitionForm.privacyConsent) }),
    ).toHaveAttribute("href", privacy);
    expect(await resolutions()).toBe(0);

    // The browser's checks answer (nothing is posted) with a summary that counts the errors:
    // the first message compiled, which shows the count above can see one.
    await form.getByRole("button", { name: messages.PetitionForm.submit }).click();
    await expect(form.getByText(messages.PetitionForm.errors.nameRequired)).toBeVisible();
    expect(posts).toEqual([]);
    expect(await resolutions()).toBeGreaterThan(0);
  });
}

test("a page downloads no other page until one is asked for, and a click still navigates without a reload", async ({
  page,
}) => {
  const pageData: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") pageData.push(request.url());
  });
  await page.goto("/es");
  await page.waitForLoadState("networkidle");
  // The header's links are on screen from the start (the footer's once scrolled to); none was
  // fetched ahead.
  expect(pageData).toEqual([]);

  // A marker on the window survives a client-side navigation, not a full page load.
  await page.evaluate(() => Object.assign(window, { stayedOnThePage: true }));
  await page
    .getByRole("navigation", { name: es.SiteHeader.primaryNavigation })
    .getByRole("link", {
      name: es.SiteHeader.navFaq,
    })
    .click();
  await expect(page).toHaveURL(/\/es\/preguntas-frecuentes$/);
  expect(pageData).toHaveLength(1);
  expect(await page.evaluate(() => (window as { stayedOnThePage?: boolean }).stayedOnThePage)).toBe(true);
});
