import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { signIn } from "./sign-in-helpers";

// The settings form holds many fields; axe and a busy machine need more than the default.
test.describe.configure({ timeout: 120_000 });

const QUOTE = {
  es: "Necesitamos que la justicia también cruce fronteras.",
  en: "We need justice to cross borders too.",
  speaker: "Vocera de prueba",
  source: "Conferencia de prensa de prueba",
};

test("organizers add a quote without JavaScript; a partly filled one is refused and kept; the press page shows it", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await signIn(page);
  await page.goto("/es/organizadores/ajustes");
  const first = page.getByRole("group", { name: "Declaración 1" });
  await first.getByLabel("Texto en español").fill(QUOTE.es);
  await page.getByRole("button", { name: "Guardar ajustes" }).click();

  await expect(page.getByText(/campos por corregir\. Nada se guardó\./)).toBeVisible();
  await expect(first.getByLabel("Quién lo dijo")).toHaveAccessibleDescription(
    "Completa este campo o deja vacía toda la declaración.",
  );
  await expect(first.getByLabel("Texto en español")).toHaveValue(QUOTE.es);

  await first.getByLabel("Texto en inglés").fill(QUOTE.en);
  await first.getByLabel("Quién lo dijo").fill(QUOTE.speaker);
  await first.getByLabel("Fecha en que lo dijo").fill("2026-11-25");
  await first.getByLabel("Fuente (dónde se dijo o publicó)").fill(QUOTE.source);
  await page.getByRole("button", { name: "Guardar ajustes" }).click();
  await expect(page.getByText("Ajustes guardados. El sitio ya los muestra.")).toBeVisible();

  await expect(async () => {
    await page.goto("/en/press");
    await expect(page.getByRole("heading", { name: "Quotes" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("blockquote")).toHaveText(QUOTE.en);
  await expect(page.getByText(`${QUOTE.speaker}, November 25, 2026. Source: ${QUOTE.source}`)).toBeVisible();

  // Emptying the row removes the quote, and with it the section.
  await page.goto("/es/organizadores/ajustes");
  for (const label of [
    "Texto en español",
    "Texto en inglés",
    "Quién lo dijo",
    "Fecha en que lo dijo",
    "Fuente (dónde se dijo o publicó)",
  ]) {
    await first.getByLabel(label).fill("");
  }
  await page.getByRole("button", { name: "Guardar ajustes" }).click();
  await expect(page.getByText("Ajustes guardados. El sitio ya los muestra.")).toBeVisible();
  await expect(async () => {
    await page.goto("/es/prensa");
    await expect(page.getByRole("heading", { name: "Declaraciones" })).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await context.close();
});

test("the settings form with its quote rows has no accessibility violations", async ({ page }) => {
  await signIn(page);
  await page.goto("/en/organizers/settings");
  await expect(page.getByRole("group", { name: "Quote 3" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Quote 4" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
