// Every organizer page in English, signed in, checked with axe as the Spanish ones are in
// the feature specs. The list comes from ORGANIZER_PATHNAMES, so a new page joins the check.
import type { Cookie } from "@playwright/test";
import { ORGANIZER_PATHNAMES, routing } from "../../../i18n/routing";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { signIn } from "./sign-in-helpers";

// One sign-in for the whole file: sign-in links are limited per network, and every
// organizer spec signs in from the same one.
let session: Cookie[] = [];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(await context.newPage());
  session = await context.cookies();
  await context.close();
});

for (const pathname of ORGANIZER_PATHNAMES) {
  const path = `/en${routing.pathnames[pathname].en}`;

  test(`${path} has no accessibility violations for a signed-in organizer`, async ({ page }) => {
    await page.context().addCookies(session);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Still on the page, not sent to sign in.
    expect(new URL(page.url()).pathname).toBe(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
