import { fakeResendUrl, SESSION_COOKIE } from "../../../playwright.config";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { ORGANIZER_EMAIL, requestSignInLink, signIn } from "./sign-in-helpers";

test.describe("organizer sign-in", () => {
  test("answers an unknown address exactly like an organizer's, and emails only the organizer", async ({
    page,
  }) => {
    const stranger = `curiosa.${Date.now()}@example.org`;
    await page.goto("/es/organizadores/entrar");
    await expectNoAxeViolations(page);
    await page.getByLabel("Correo electrónico").fill(stranger);
    await page.getByRole("button", { name: "Enviarme el enlace" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisa tu correo");
    const strangerView = (await page.locator("main").innerText()).replace(stranger, "ADDRESS");

    // The organizer's request, and its email, come after the stranger's: once it has
    // arrived, the stranger's would have too.
    await requestSignInLink(page);
    const organizerView = (await page.locator("main").innerText()).replace(ORGANIZER_EMAIL, "ADDRESS");
    expect(organizerView).toBe(strangerView);
    const response = await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(stranger)}`);
    expect(await response.json()).toEqual([]);
  });

  test("sends one link while it is outstanding, however often it is asked for", async ({ page }) => {
    const first = await requestSignInLink(page);
    const countBefore = (
      await (await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(ORGANIZER_EMAIL)}`)).json()
    ).length;
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await requestSignInLink(page)).toBe(first);
    const countAfter = (
      await (await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(ORGANIZER_EMAIL)}`)).json()
    ).length;
    expect(countAfter).toBe(countBefore);
  });

  test("asks again, in place, when the address is not an address", async ({ page }) => {
    await page.goto("/en/organizers/sign-in");
    await page.getByLabel("Email address").fill("ana@");
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByText("Enter a full email address, such as name@example.org.")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue("ana@");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  });

  test("signs in once per link with a private, expiring cookie, and signs out", async ({ page, context }) => {
    const link = await requestSignInLink(page);
    await page.goto(link);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Entrar" }).click();
    await expect(page).toHaveURL(/\/es\/organizadores$/);
    await expect(page.getByText(`Sesión de ${ORGANIZER_EMAIL}`)).toBeVisible();

    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
    const hoursLeft = (cookie!.expires * 1000 - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(11.9);
    expect(hoursLeft).toBeLessThanOrEqual(12);

    // The same link a second time (say, from a forwarded email) opens nothing.
    const other = await context.browser()!.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Este enlace ya no sirve");
    await other.close();

    await page.getByRole("button", { name: "Salir" }).click();
    await expect(page).toHaveURL(/\/es\/organizadores\/entrar$/);
    expect((await context.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    await page.goto("/es/organizadores");
    await expect(page).toHaveURL(/\/es\/organizadores\/entrar$/);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const link = await requestSignInLink(page);
    await page.goto(link);
    await page.getByRole("button", { name: "Entrar" }).click();
    await expect(page).toHaveURL(/\/es\/organizadores$/);
    await expect(page.getByRole("button", { name: "Salir" })).toBeVisible();
    await context.close();
  });
});

test.describe("organizer settings", () => {
  test("change what the public pages show, refuse bad values without losing them", async ({ page }) => {
    await signIn(page);
    await page.getByRole("link", { name: "Ajustes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ajustes de la campaña");
    await expectNoAxeViolations(page);

    await page.getByLabel("Meta de firmas").fill("muchas");
    await page
      .getByRole("group", { name: "Contacto de prensa" })
      .getByLabel("Nombre")
      .fill("Equipo de prensa");
    await page.getByRole("button", { name: "Guardar ajustes" }).click();
    await expect(page.getByText("Hay 2 campos por corregir. Nada se guardó.")).toBeVisible();
    await expect(page.getByText("Escribe la meta como un número entero mayor que cero.")).toBeVisible();
    await expect(page.getByLabel("Meta de firmas")).toHaveValue("muchas");
    await expect(page.getByRole("group", { name: "Contacto de prensa" }).getByLabel("Nombre")).toHaveValue(
      "Equipo de prensa",
    );

    await page.getByLabel("Meta de firmas").fill("50 000");
    await page
      .getByRole("group", { name: "Contacto de prensa" })
      .getByLabel("Correo")
      .fill("prensa@example.org");
    await page.getByRole("button", { name: "Guardar ajustes" }).click();
    await expect(page.getByText("Ajustes guardados. El sitio ya los muestra.")).toBeVisible();

    await expect(async () => {
      await page.goto("/en/press");
      await expect(page.getByRole("heading", { name: "Press contact" })).toBeVisible({ timeout: 1000 });
      await expect(page.getByRole("link", { name: "prensa@example.org" }).first()).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 20_000 });

    // Emptying the fields removes the settings again.
    await page.goto("/es/organizadores/ajustes");
    await expect(page.getByLabel("Meta de firmas")).toHaveValue("50000");
    await page.getByLabel("Meta de firmas").fill("");
    for (const label of ["Nombre", "Correo"]) {
      await page
        .getByRole("group", { name: "Contacto de prensa" })
        .getByLabel(label, { exact: true })
        .fill("");
    }
    await page.getByRole("button", { name: "Guardar ajustes" }).click();
    await expect(page.getByText("Ajustes guardados. El sitio ya los muestra.")).toBeVisible();
    await expect(async () => {
      await page.goto("/en/press");
      await expect(page.getByRole("heading", { name: "Press contact" })).toHaveCount(0, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  });
});
