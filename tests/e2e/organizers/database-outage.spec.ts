import { SESSION_COOKIE } from "../../../playwright.config";
import { takeDatabaseDown } from "../support/database";
import { expect, test } from "../support/fixtures";
import { signIn } from "./sign-in-helpers";

test("organizer pages explain a database outage in the organizer's language, and sign-out still works", async ({
  page,
  context,
}) => {
  await signIn(page);
  await page.goto("/es/organizadores/ajustes");
  await page.getByLabel("Meta de firmas").fill("12345");

  const bringBack = await takeDatabaseDown();
  try {
    await page.getByRole("button", { name: "Guardar ajustes" }).click();
    await expect(page.getByText("No pudimos guardar los ajustes en este momento.")).toBeVisible();
    await expect(page.getByLabel("Meta de firmas")).toHaveValue("12345");

    const dashboard = await context.newPage();
    await dashboard.goto("/es/organizadores");
    await expect(dashboard.getByRole("heading", { level: 1 })).toHaveText("No pudimos cargar esta página");
    await dashboard.close();

    await page.getByRole("button", { name: "Salir" }).click();
    await expect(page).toHaveURL(/\/es\/organizadores\/entrar$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Entrar como organizador");
    expect((await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
  } finally {
    await bringBack();
  }
});
