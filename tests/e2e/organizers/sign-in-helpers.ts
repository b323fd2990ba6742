import type { Page } from "@playwright/test";
import { fakeResendUrl, ORGANIZER_EMAIL } from "../../../playwright.config";
import type { RecordedEmail } from "../../support/fake-resend";
import { expect } from "../support/fixtures";

export { ORGANIZER_EMAIL };

async function emailsTo(address: string): Promise<RecordedEmail[]> {
  const response = await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(address)}`);
  return (await response.json()) as RecordedEmail[];
}

/** Asks for a sign-in link on the page and returns the link from the email that follows. */
export async function requestSignInLink(page: Page, address = ORGANIZER_EMAIL): Promise<string> {
  const before = (await emailsTo(address)).length;
  await page.goto("/es/organizadores/entrar");
  await page.getByLabel("Correo electrónico").fill(address);
  await page.getByRole("button", { name: "Enviarme el enlace" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisa tu correo");
  let link = "";
  await expect(async () => {
    const emails = await emailsTo(address);
    expect(emails.length).toBeGreaterThan(before);
    const match = emails.at(-1)!.text.match(/https?:\/\/\S+\/organizadores\/entrar\/[A-Za-z0-9_-]{43}/);
    expect(match).not.toBeNull();
    link = match![0];
  }).toPass({ timeout: 15_000 });
  return link;
}

/** Signs in as the test organizer, the way a person does: link by email, then the button. */
export async function signIn(page: Page): Promise<void> {
  const link = await requestSignInLink(page);
  await page.goto(link);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).toHaveURL(/\/es\/organizadores$/);
}
