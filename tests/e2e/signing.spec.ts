import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "./support/mailbox";

async function fillSpanishForm(page: Page, email: string, residence = "Jalisco") {
  await page.getByLabel("Nombre completo").fill("Ana María López");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("¿Dónde vives?").selectOption({ label: residence });
  await page.getByLabel(/Leí y acepto el aviso de privacidad/).check();
}

async function confirmedTotal(request: APIRequestContext): Promise<number> {
  const response = await request.get("/api/stats");
  return ((await response.json()) as { total: number }).total;
}

/** Pages are prerendered and refreshed in the background, so a new figure shows after a reload or two. */
async function expectSignPageTotal(page: Page, request: APIRequestContext, total: number) {
  await expect(async () => {
    expect(await confirmedTotal(request)).toBe(total);
    await page.goto("/es/firmar");
    const counter = page.getByRole("region", { name: "Firmas hasta ahora" });
    await expect(counter.getByRole("strong")).toHaveText(String(total));
  }).toPass({ timeout: 20_000 });
}

test.describe("signing the petition", () => {
  test("signs in Spanish, confirms from the email and withdraws", async ({ page, request }) => {
    const email = uniqueEmail("ana");
    const before = await confirmedTotal(request);
    await page.goto("/es/firmar");
    await fillSpanishForm(page, email);
    await page.getByRole("button", { name: "Firmar" }).click();

    await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisa tu correo para confirmar");
    await expect(page.getByRole("link", { name: /WhatsApp/ })).toHaveAttribute(
      "href",
      /^https:\/\/wa\.me\/\?text=/,
    );

    const [confirmation] = await emailsTo(email);
    expect(confirmation!.subject).toBe("Confirma tu firma por el Convenio de Budapest");
    // The name is typed by whoever fills in the form: the email does not repeat it.
    expect(confirmation!.text).toMatch(/^Hola:/);
    expect(confirmation!.text).not.toContain("Ana María");
    const confirmUrl = linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/);

    // A mail scanner that fetches the link confirms nothing: the page only offers a button.
    const prefetch = await request.get(confirmUrl);
    expect(prefetch.status()).toBe(200);

    await page.goto(confirmUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirma tu firma");
    // The owner of the mailbox sees what confirming will record before pressing the button.
    const summary = page.getByRole("definition");
    await expect(summary.nth(0)).toHaveText("Ana María López");
    await expect(page.getByLabel("Mostrar mi nombre en la lista pública de firmas")).not.toBeChecked();
    await page.getByRole("button", { name: "Confirmar mi firma" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("¡Gracias! Tu firma ya cuenta");
    const withdrawHref = await page.getByRole("link", { name: "Retirar mi firma" }).getAttribute("href");
    await expectSignPageTotal(page, request, before + 1);

    // Confirming twice is harmless.
    await page.goto(confirmUrl);
    await page.getByRole("button", { name: "Confirmar mi firma" }).click();
    await expect(page.getByText("Tu firma ya estaba confirmada. Cuenta una sola vez.")).toBeVisible();
    expect(await confirmedTotal(request)).toBe(before + 1);

    await page.goto(withdrawHref!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retirar tu firma");
    await page.getByRole("button", { name: "Retirar mi firma y borrar mis datos" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tu firma fue retirada");
    await expectSignPageTotal(page, request, before);

    // The confirmation link no longer matches anything: the data behind it is gone.
    await page.goto(confirmUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No reconocemos este enlace");
  });

  test("signs in English from abroad and gets the email in English", async ({ page }) => {
    const email = uniqueEmail("jane");
    await page.goto("/en/sign");
    await page.getByLabel("Full name").fill("Jane Doe");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Where do you live?").selectOption({ label: "Outside Mexico" });
    await expect(page.getByLabel("Country", { exact: true })).toBeVisible();
    await page.getByLabel("Country", { exact: true }).selectOption({ label: "Canada" });
    await page.getByLabel(/I have read and accept the privacy notice/).check();
    await page.getByRole("button", { name: "Sign" }).click();

    await expect(page).toHaveURL(/\/en\/sign\/thanks$/);
    const [confirmation] = await emailsTo(email);
    expect(confirmation!.subject).toBe("Confirm your signature for the Budapest Convention");
    await page.goto(linkIn(confirmation!, /http:\/\/localhost:\d+\/en\/confirm\/[A-Za-z0-9_-]{43}/));
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you! Your signature now counts");
  });

  test("answers a second signature from the same mailbox like the first; the newest choices get the only working link", async ({
    page,
  }) => {
    const email = uniqueEmail("repeat");
    await page.goto("/es/firmar");
    await fillSpanishForm(page, email);
    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);
    const [first] = await emailsTo(email);
    const firstLink = linkIn(first!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/);

    // Same mailbox, written differently: upper case and a +tag.
    const [local, domain] = email.split("@");
    await page.goto("/en/sign");
    await page.getByLabel("Full name").fill("Ana López");
    await page.getByLabel("Email", { exact: true }).fill(`${local!.toUpperCase()}+again@${domain}`);
    await page.getByLabel("Where do you live?").selectOption({ label: "Mexico City" });
    await page.getByLabel(/I have read and accept/).check();
    await page.getByRole("button", { name: "Sign" }).click();
    await expect(page).toHaveURL(/\/en\/sign\/thanks$/);

    const emails = await emailsTo(email, 2);
    expect(emails[1]!.subject).toBe("Confirm your signature for the Budapest Convention");
    await page.goto(firstLink);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No reconocemos este enlace");
    await page.goto(linkIn(emails[1]!, /http:\/\/localhost:\d+\/en\/confirm\/[A-Za-z0-9_-]{43}/));
    await expect(page.getByRole("definition").nth(0)).toHaveText("Ana López");
    await expect(page.getByRole("definition").nth(1)).toHaveText("Mexico City");
  });

  test("signs with JavaScript disabled, errors and values coming back from the server", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX" });
    const page = await context.newPage();
    const email = uniqueEmail("nojs");
    await page.goto("/es/firmar");
    await page.getByLabel("Nombre completo").fill("Luz Hernández");
    await page.getByLabel("Correo electrónico").fill(email);
    // No state chosen and no consent: the server answers with both errors and keeps the rest.
    await page.getByRole("button", { name: "Firmar" }).click();

    await expect(page.getByText("Elige tu estado o «Fuera de México».")).toBeVisible();
    await expect(page.getByText("Para firmar necesitamos que aceptes el aviso de privacidad.")).toBeVisible();
    await expect(page.getByLabel("Nombre completo")).toHaveValue("Luz Hernández");
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);

    await page.getByLabel("¿Dónde vives?").selectOption({ label: "Oaxaca" });
    await page.getByLabel(/Leí y acepto el aviso de privacidad/).check();
    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);

    // Confirming and withdrawing are plain form posts too.
    const [confirmation] = await emailsTo(email);
    await page.goto(linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
    await page.getByRole("button", { name: "Confirmar mi firma" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("¡Gracias! Tu firma ya cuenta");
    await page.getByRole("link", { name: "Retirar mi firma" }).click();
    await page.getByRole("button", { name: "Retirar mi firma y borrar mis datos" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tu firma fue retirada");
    await context.close();
  });

  test("keeps the form when the server is too busy or the connection drops, then signs on the next try", async ({
    page,
  }) => {
    const email = uniqueEmail("busy");
    await page.goto("/es/firmar");
    await fillSpanishForm(page, email);
    // The first post meets the 503 a busy server answers (scripts/serve.ts), the second a lost
    // connection; the third goes through.
    let failed = 0;
    await page.route("**/es/firmar", async (route) => {
      if (route.request().method() !== "POST" || failed >= 2) return route.fallback();
      failed += 1;
      if (failed === 1)
        return route.fulfill({
          status: 503,
          headers: { "retry-after": "5" },
          contentType: "text/html",
          body: "busy",
        });
      return route.abort("connectionreset");
    });
    const retryMessage = page.getByText(/No pudimos confirmar que tu firma llegó.*no se cuenta dos veces/);

    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(retryMessage).toBeVisible();
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);
    await expect(page.getByLabel("¿Dónde vives?")).toHaveValue("JAL");
    expect(failed).toBe(1);

    await page.getByRole("button", { name: "Firmar" }).click();
    await expect.poll(() => failed).toBe(2);
    // Not an error page: the same form, ready for another try.
    await expect(page.getByRole("button", { name: "Firmar" })).toBeEnabled();
    await expect(page).toHaveURL(/\/es\/firmar$/);
    await expect(retryMessage).toBeVisible();
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);

    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);
  });

  test("asks for the country only once «Fuera de México» is chosen, with or without JavaScript", async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, locale: "es-MX" });
      const page = await context.newPage();
      await page.goto("/es/firmar");
      const residence = page.getByLabel("¿Dónde vives?");
      const country = page.getByLabel("País", { exact: true });
      await expect(country).toBeHidden();
      await residence.selectOption({ label: "Fuera de México" });
      await expect(country).toBeVisible();
      await residence.selectOption({ label: "Oaxaca" });
      await expect(country).toBeHidden();
      await context.close();
    }
  });

  test("shows every error message, tied to its field, and focuses the first", async ({ page }) => {
    await page.goto("/es/firmar");
    await page.getByRole("button", { name: "Firmar" }).click();

    const name = page.getByLabel("Nombre completo");
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription(/Escribe tu nombre\./);
    await expect(page.getByLabel("Correo electrónico")).toHaveAccessibleDescription(
      /Escribe tu correo electrónico\./,
    );
    await expect(page.getByRole("alert").first()).toContainText("Revisa 4 campos del formulario.");
    await expect(page.getByText("Elige tu estado o «Fuera de México».")).toBeVisible();
    await expect(page.getByText("Para firmar necesitamos que aceptes el aviso de privacidad.")).toBeVisible();

    const cases: [string, string, string][] = [
      ["Nombre completo", "A", "Tu nombre debe tener al menos 2 caracteres."],
      ["Nombre completo", "Visit www.spam.example", "Tu nombre no puede incluir direcciones web."],
      [
        "Nombre completo",
        "Ana\u202Egol",
        "Tu nombre tiene caracteres invisibles o de control. Escríbelo de nuevo.",
      ],
      ["Nombre completo", "12345", "Escribe tu nombre con letras."],
      ["Correo electrónico", "ana@", "Revisa tu correo: debe verse como nombre@ejemplo.com."],
    ];
    for (const [label, value, message] of cases) {
      await page.getByLabel(label).fill(value);
      await page.getByRole("button", { name: "Firmar" }).click();
      await expect(page.getByText(message)).toBeVisible();
    }

    await page.getByLabel("¿Dónde vives?").selectOption({ label: "Fuera de México" });
    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(page.getByText("Elige el país donde vives.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("has no accessibility violations on the form and the thank-you page", async ({ page }) => {
    await page.goto("/es/firmar");
    await expectNoAxeViolations(page);
    await page.goto("/en/sign/thanks");
    await expectNoAxeViolations(page);
  });

  test("keeps the development mailbox out of production builds", async ({ request }) => {
    const response = await request.get("/es/dev/mailbox");
    expect(response.status()).toBe(404);
  });
});
