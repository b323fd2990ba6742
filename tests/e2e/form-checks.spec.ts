import type { Page, Response } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// The petition form's checks in the browser use zod, most of the form's script. They are
// fetched once the form is first touched, so a visitor who only reads pays nothing for them,
// and a form sent before they arrive (or when they cannot) is checked by the server anyway.

/** The URLs of the scripts with zod in them that the page has fetched so far. */
function watchZodScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", async (response: Response) => {
    if (response.request().resourceType() !== "script") return;
    // A string zod's core registers its object schema under, which minification keeps.
    if ((await response.text().catch(() => "")).includes("$ZodObject")) seen.push(response.url());
  });
  return seen;
}

test("reading the home page and the petition page fetches no zod; touching the form does, and its checks run", async ({
  page,
}) => {
  const zodScripts = watchZodScripts(page);
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });

  await page.goto("/es");
  await page.waitForLoadState("networkidle");
  await page.goto("/es/firmar");
  await page.waitForLoadState("networkidle");
  expect(zodScripts).toEqual([]);

  await page.getByLabel("Nombre completo").fill("Ana María López");
  await page.getByLabel("Correo electrónico").fill("not an address");
  await page.getByRole("button", { name: "Firmar" }).click();
  await expect(page.locator("#email-error")).toBeVisible();
  await expect(page.getByLabel("Correo electrónico")).toHaveAttribute("aria-invalid", "true");
  expect(zodScripts.length).toBeGreaterThan(0);
  // Found in the browser: nothing went to the server.
  expect(posts).toEqual([]);
});

test("when the checks cannot be fetched, the form is sent and the server's errors show in place", async ({
  page,
}) => {
  await page.goto("/es/firmar");
  await page.waitForLoadState("networkidle");
  // The connection drops for every script from now on: the checks never arrive.
  await page.route("**/_next/static/chunks/**", (route) => route.abort("internetdisconnected"));

  await page.getByLabel("Nombre completo").fill("Ana María López");
  await page.getByLabel("Correo electrónico").fill("not an address");
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Firmar" }).click();
  expect((await answered).status()).toBe(200);
  await expect(page.locator("#email-error")).toBeVisible();
  await expect(page.getByLabel("Nombre completo")).toHaveValue("Ana María López");
});
