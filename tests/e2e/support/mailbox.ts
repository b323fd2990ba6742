import { expect } from "@playwright/test";
import { fakeResendUrl } from "../../../playwright.config";
import type { RecordedEmail } from "../../support/fake-resend";

/** Waits for the emails the app sent to one address through the real Resend SDK. */
export async function emailsTo(address: string, count = 1): Promise<RecordedEmail[]> {
  let emails: RecordedEmail[] = [];
  await expect(async () => {
    const response = await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(address)}`);
    emails = (await response.json()) as RecordedEmail[];
    expect(emails.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 15_000 });
  return emails;
}

export function linkIn(email: RecordedEmail, pattern: RegExp): string {
  const match = email.text.match(pattern);
  if (!match) throw new Error(`No link matching ${pattern} in "${email.subject}"`);
  return match[0];
}

let counter = 0;
/** A unique address per test run, so runs against a shared database never collide. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}@example.org`;
}
