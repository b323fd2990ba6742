import { takeDatabaseDown } from "./support/database";
import { expect, test } from "./support/fixtures";
import { emailsTo, uniqueEmail } from "./support/mailbox";

test("keeps the form filled and explains when the database is away, then recovers by itself", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("outage");
  await page.goto("/es/firmar");
  await page.getByLabel("Nombre completo").fill("Rosa Martínez");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("¿Dónde vives?").selectOption({ label: "Chiapas" });
  await page.getByLabel(/Leí y acepto el aviso de privacidad/).check();

  const bringBack = await takeDatabaseDown();
  try {
    expect((await request.get("/api/health")).status()).toBe(503);
    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(page.getByText("No pudimos guardar tu firma. Intenta de nuevo en un momento")).toBeVisible();
    await expect(page.getByLabel("Nombre completo")).toHaveValue("Rosa Martínez");
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);
    await expect(page.getByLabel("¿Dónde vives?")).toHaveValue("CHP");
  } finally {
    await bringBack();
  }

  await expect(async () => expect((await request.get("/api/health")).status()).toBe(200)).toPass({
    timeout: 15_000,
  });
  await page.getByRole("button", { name: "Firmar" }).click();
  await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);
  await emailsTo(email);
});
