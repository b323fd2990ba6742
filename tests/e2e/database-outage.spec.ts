import pg from "pg";
import { e2eDatabaseUrl } from "../../playwright.config";
import { expect, test } from "./support/fixtures";
import { emailsTo, uniqueEmail } from "./support/mailbox";

/**
 * Makes the site's database refuse every connection, as an outage would, by closing it to
 * new connections and ending the open ones; the returned function opens it again.
 */
async function takeDatabaseDown(): Promise<() => Promise<void>> {
  const target = new URL(e2eDatabaseUrl);
  const database = target.pathname.slice(1);
  const adminUrl = new URL(e2eDatabaseUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database]);
  return async () => {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await admin.end();
  };
}

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
