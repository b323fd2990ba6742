import en from "@/messages/en.json" with { type: "json" };
import es from "@/messages/es.json" with { type: "json" };
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

const SHEETS = [
  { locale: "es", path: "/es/prensa/hoja-informativa", petition: "/es/peticion", messages: es },
  { locale: "en", path: "/en/press/fact-sheet", petition: "/en/petition", messages: en },
] as const;

/** Pages in a PDF Chromium printed: one "/Type /Page" object per page ("/Pages" is the tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

for (const sheet of SHEETS) {
  test.describe(`the fact sheet (${sheet.locale})`, () => {
    test("answers 200 with its heading, the ask, sourced facts and no accessibility violations", async ({
      page,
    }) => {
      const response = await page.goto(sheet.path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", sheet.locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(sheet.messages.FactSheet.title);
      await expect(page.getByText(sheet.messages.FactSheet.ask)).toBeVisible();
      await expect(page.getByText(sheet.messages.KeyFacts.olimpia)).toBeVisible();
      await expect(page.getByRole("heading", { name: sheet.messages.PetitionFigures.title })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("links to the petition's text, the press brief and the open data, written out in full", async ({
      page,
      baseURL,
    }) => {
      await page.goto(sheet.path);
      const petition = page.getByRole("link", { name: `${baseURL}${sheet.petition}` });
      await expect(petition).toHaveAttribute("href", sheet.petition);
      await expect(page.getByRole("link", { name: `${baseURL}/api/stats.csv` })).toBeVisible();
      await expect(page.getByRole("link", { name: `${baseURL}/api/stats`, exact: true })).toBeVisible();
    });

    for (const format of ["A4", "Letter"] as const) {
      test(`prints on exactly one ${format} page`, async ({ page }) => {
        await page.goto(sheet.path);
        await page.emulateMedia({ media: "print" });
        expect(pageCount(await page.pdf({ format }))).toBe(1);
      });
    }
  });
}

test("the press brief links to the fact sheet", async ({ page }) => {
  await page.goto("/en/press");
  await page.getByRole("link", { name: en.PressPage.factSheetLink }).click();
  await expect(page).toHaveURL(/\/en\/press\/fact-sheet$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.FactSheet.title);
});
