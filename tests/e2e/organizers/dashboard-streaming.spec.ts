import pg from "pg";
import { baseURL, e2eDatabaseUrl, SESSION_COOKIE } from "../../../playwright.config";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { signIn } from "./sign-in-helpers";

const LOADING = "Cargando estas cifras…";
/** The headings' ids of the three panels once their figures are in. */
const PANELS = ["dashboard-totals-title", "daily-chart-title", "by-state-title"];

/** Reads a streamed response chunk by chunk, so a test can stop at any point of it. */
function streamReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  return {
    get text() {
      return text;
    },
    /** Reads until `done(text)` holds or the response ends; true when it held. */
    async readUntil(done: (text: string) => boolean): Promise<boolean> {
      while (!done(text)) {
        const chunk = await reader.read();
        if (chunk.done) return false;
        text += decoder.decode(chunk.value, { stream: true });
      }
      return true;
    },
  };
}

test("the dashboard sends its skeletons before the figures are read, and the figures in the same response", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const session = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!;

  // Holding the tables the figures are read from (the counters the signature trigger keeps)
  // makes every figure wait, however fast the database is: what arrives meanwhile cannot
  // depend on them.
  const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  let locked = false;
  try {
    await database.query("BEGIN");
    await database.query(
      "LOCK TABLE signature, signature_tally_daily, signature_tally_all_time IN ACCESS EXCLUSIVE MODE",
    );
    locked = true;

    const response = await fetch(`${baseURL}/es/organizadores`, {
      headers: { cookie: `${SESSION_COOKIE}=${session.value}` },
    });
    expect(response.status).toBe(200);
    const html = streamReader(response.body!);

    // The page and one busy, labelled skeleton per panel come while the figures cannot be read.
    expect(await html.readUntil((text) => text.includes("by-source-loading"))).toBe(true);
    expect(html.text).toContain("<h1>Cifras de la campaña</h1>");
    for (const [id, title] of [
      ["dashboard-totals-loading", "Resumen"],
      ["daily-chart-loading", "Firmas confirmadas en el tiempo"],
      ["by-state-loading", "Por entidad"],
    ]) {
      expect(html.text).toMatch(
        new RegExp(
          `<section aria-labelledby="${id}" aria-busy="true" data-skeleton=""><h2 id="${id}">${title}</h2>`,
        ),
      );
    }
    expect(html.text.split(LOADING).length - 1).toBeGreaterThanOrEqual(6);
    for (const id of PANELS) expect(html.text).not.toContain(`id="${id}"`);

    await database.query("ROLLBACK");
    locked = false;

    // The same response goes on with each panel, which React puts in place of its skeleton.
    await html.readUntil(() => false);
    for (const id of PANELS) {
      const at = html.text.indexOf(`id="${id}"`);
      expect(at, id).toBeGreaterThan(html.text.indexOf(`id="by-source-loading"`));
      // Streamed in a hidden segment after the shell, not rendered in place.
      expect(html.text.lastIndexOf('<div hidden id="S:', at), id).toBeGreaterThan(0);
    }
    expect(html.text).toContain("$RC");
  } finally {
    if (locked) await database.query("ROLLBACK");
    await database.end();
  }

  // In the browser the panels replace their skeletons: nothing is left busy, nothing moves out of reach.
  await page.goto("/es/organizadores");
  for (const name of [
    "Resumen",
    "Firmas confirmadas en el tiempo",
    "Por entidad",
    "Por país",
    "Por idioma",
    "Por origen",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toHaveCount(1);
  }
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect(page.getByText(LOADING)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("without JavaScript the streamed panels show in full, and their skeletons do not", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);

  const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    // The figures wait for the lock, so they surely arrive after the skeletons, as on a big campaign.
    await database.query("BEGIN");
    await database.query(
      "LOCK TABLE signature, signature_tally_daily, signature_tally_all_time IN ACCESS EXCLUSIVE MODE",
    );
    const loading = page.goto("/es/organizadores");
    await page.waitForTimeout(1_000);
    await database.query("ROLLBACK");
    await loading;
  } finally {
    await database.end();
  }
  expect(await page.content()).toContain('<div hidden="" id="S:');
  for (const name of ["Resumen", "Firmas confirmadas en el tiempo", "Por entidad", "Por origen"]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("term").filter({ hasText: /^Confirmadas$/ })).toBeVisible();
  const skeletons = page.locator("[data-skeleton]");
  expect(await skeletons.count()).toBeGreaterThan(0);
  for (const skeleton of await skeletons.all()) await expect(skeleton).toBeHidden();
  await context.close();
});

test("an anonymous visitor is sent to sign in before any skeleton is streamed", async () => {
  const response = await fetch(`${baseURL}/es/organizadores`, { redirect: "manual" });
  expect(response.status).toBe(307);
  expect(new URL(response.headers.get("location")!, baseURL).pathname).toBe("/es/organizadores/entrar");
  expect(await response.text()).not.toContain(LOADING);
});
