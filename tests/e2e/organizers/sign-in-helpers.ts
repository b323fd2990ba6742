import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, fakeResendUrl, ORGANIZER_EMAIL } from "../../../playwright.config";
import type { RecordedEmail } from "../../support/fake-resend";
import { expect } from "../support/fixtures";

export { ORGANIZER_EMAIL };

async function emailsTo(address: string): Promise<RecordedEmail[]> {
  const response = await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(address)}`);
  return (await response.json()) as RecordedEmail[];
}

/** Whether the link's token belongs to a sign-in link that is unused and unexpired. */
export async function isOutstanding(link: string): Promise<boolean> {
  const token = link.slice(link.lastIndexOf("/") + 1);
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `SELECT 1 FROM organizer_login WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [createHash("sha256").update(token).digest("hex")],
    );
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * Asks for a sign-in link on the page and returns the usable link in the inbox: a new one,
 * or the one already there (an address has at most one outstanding link).
 */
export async function requestSignInLink(page: Page, address = ORGANIZER_EMAIL): Promise<string> {
  await page.goto("/es/organizadores/entrar");
  await page.getByLabel("Correo electrónico").fill(address);
  await page.getByRole("button", { name: "Enviarme el enlace" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisa tu correo");
  let link = "";
  await expect(async () => {
    const emails = await emailsTo(address);
    const match = emails.at(-1)?.text.match(/https?:\/\/\S+\/organizadores\/entrar\/[A-Za-z0-9_-]{43}/);
    expect(match).toBeTruthy();
    expect(await isOutstanding(match![0])).toBe(true);
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
