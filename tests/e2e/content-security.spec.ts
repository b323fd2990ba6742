import { expect, test } from "./support/fixtures";

// The site's Content-Security-Policy allows no eval. A script that probes for it anyway is
// refused, and the browser reports each refusal (Lighthouse counts it against best practices).
// zod did, to compile its parsers, until instrumentation-client.ts told it not to (without
// loading zod: lib/validation/zod-without-eval.ts).

test("the petition form and its checks in the browser break no rule of the site's security policy", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto("/es/firmar");
  // The browser's own check of the form runs the same zod schema the server uses.
  await page.getByLabel("Correo electrónico").fill("not an address");
  await page.getByRole("button", { name: "Firmar" }).click();
  await expect(
    page
      .getByText(/correo/i)
      .locator("visible=true")
      .first(),
  ).toBeVisible();
  await expect(page.getByLabel("Nombre completo")).toBeFocused();

  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});
