// Campaign news reaches only the signers who asked for it, in their own language, and
// stops at once when they say so: an organizer publishes an update with email, the fake
// Resend server receives it for the signers who opted in (with RFC 8058 headers) and not for
// the one who did not; both opted-in signers stop news from the email's link; a second
// update reaches neither.
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../../../playwright.config";
import type { RecordedEmail } from "../../support/fake-resend";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "../support/mailbox";
import { petitionFormFields, postForm, signatureFields } from "../support/native-form";
import { signIn } from "./sign-in-helpers";

const LANGUAGES = {
  es: {
    form: "/es/firmar",
    confirmLink: /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/,
    unsubscribeLink: /http:\/\/localhost:\d+\/es\/dejar-de-recibir-noticias\/[A-Za-z0-9_-]{43}/,
    confirm: "Confirmar mi firma",
    confirmed: "¡Gracias! Tu firma ya cuenta",
    stop: "Dejar de recibir noticias",
    stopped: "Listo, ya no te enviaremos noticias",
  },
  en: {
    form: "/en/sign",
    confirmLink: /http:\/\/localhost:\d+\/en\/confirm\/[A-Za-z0-9_-]{43}/,
    unsubscribeLink: /http:\/\/localhost:\d+\/en\/unsubscribe\/[A-Za-z0-9_-]{43}/,
    confirm: "Confirm my signature",
    confirmed: "Thank you! Your signature now counts",
    stop: "Stop receiving news",
    stopped: "Done, we will not send you news any more",
  },
} as const;
type Language = keyof typeof LANGUAGES;

/** Signs through the form as a browser without JavaScript would post it, then confirms from the email. */
async function signAndConfirm(browser: Browser, locale: Language, wantsNews: boolean): Promise<string> {
  const words = LANGUAGES[locale];
  const email = uniqueEmail(`novedades-${locale}-${wantsNews ? "si" : "no"}`);
  const hidden = await petitionFormFields(words.form);
  const response = await postForm(
    signatureFields(hidden, { email, ...(wantsNews ? { wantsUpdates: "on" } : {}) }),
    { path: words.form },
  );
  expect(response.status).toBe(303);
  const [confirmation] = await emailsTo(email);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(linkIn(confirmation!, words.confirmLink));
  await page.getByRole("button", { name: words.confirm }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.confirmed);
  await context.close();
  return email;
}

async function query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Waits until every email of an update has been handed to the provider (or skipped). */
async function waitForDeliveries(titleEs: string) {
  await expect(async () => {
    const [state] = await query<{ queued: boolean; pending: number; jobs: number }>(
      `SELECT u.email_queued_at IS NOT NULL AS queued,
         (SELECT count(*)::int FROM news_delivery d WHERE d.update_id = u.id AND d.status = 'QUEUED') AS pending,
         (SELECT count(*)::int FROM graphile_worker.jobs j WHERE j.task_identifier LIKE 'news-%') AS jobs
       FROM news_update u WHERE u.title_es = $1`,
      [titleEs],
    );
    expect(state).toEqual({ queued: true, pending: 0, jobs: 0 });
  }).toPass({ timeout: 30_000 });
}

/** Writes an update in both languages and publishes it with the email box ticked. */
async function publishWithEmail(page: Page, titleEs: string, titleEn: string) {
  await page.goto("/es/organizadores/novedades");
  await page.getByLabel("Título en español").fill(titleEs);
  await page
    .getByLabel("Texto en español")
    .fill(`Primer párrafo de ${titleEs}.\n\nMás en https://example.org/es`);
  await page.getByLabel("Título en inglés").fill(titleEn);
  await page
    .getByLabel("Texto en inglés")
    .fill(`First paragraph of ${titleEn}.\n\nMore at https://example.org/en`);
  await page.getByRole("checkbox", { name: /^Enviarla también por correo/ }).check();
  await page.getByRole("button", { name: "Publicar", exact: true }).click();
  await expect(page.getByText("Publicada y en camino por correo a quienes pidieron noticias.")).toBeVisible();
  await expectNoAxeViolations(page);
}

function newsTo(emails: RecordedEmail[], subject: string): RecordedEmail[] {
  return emails.filter((email) => email.subject === subject);
}

/** Every email the fake provider received for an address (none is fine). */
async function allEmailsTo(address: string): Promise<RecordedEmail[]> {
  return emailsTo(address, 0);
}

test("an update goes by email only to those who asked, in their language, and stops when they say so", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const spanishReader = await signAndConfirm(browser, "es", true);
  const englishReader = await signAndConfirm(browser, "en", true);
  const notAsked = await signAndConfirm(browser, "es", false);
  // Still wants news after the other two stop, so the second update has someone to go to
  // (the editor offers email only then), whatever other tests left in the database.
  const stillReading = await signAndConfirm(browser, "es", true);

  await signIn(page);
  const first = { es: `Primera novedad ${run}`, en: `First update ${run}` };
  await publishWithEmail(page, first.es, first.en);
  await waitForDeliveries(first.es);

  // Each reader got it once, in the language they signed in, with one-click unsubscribe headers.
  const unsubscribeLinks = {} as Record<Language, string>;
  for (const [locale, address, subject] of [
    ["es", spanishReader, first.es],
    ["en", englishReader, first.en],
  ] as const) {
    const received = newsTo(await allEmailsTo(address), subject);
    expect(received).toHaveLength(1);
    const [email] = received;
    expect(email!.text).toContain(
      locale === "es" ? `Primer párrafo de ${first.es}.` : `First paragraph of ${first.en}.`,
    );
    expect(email!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(email!.headers["List-Unsubscribe"]).toMatch(
      /^<http:\/\/localhost:\d+\/api\/news\/unsubscribe\/[A-Za-z0-9_-]{43}>$/,
    );
    unsubscribeLinks[locale] = linkIn(email!, LANGUAGES[locale].unsubscribeLink);
  }
  const notAskedEmails = await allEmailsTo(notAsked);
  expect(notAskedEmails.map((email) => email.subject)).not.toContain(first.es);
  expect(notAskedEmails.map((email) => email.subject)).not.toContain(first.en);

  // Both readers stop news from the link in the email, on a page that needs no JavaScript.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const reader = await noScript.newPage();
  for (const locale of ["es", "en"] as const) {
    await reader.goto(unsubscribeLinks[locale]);
    await reader.getByRole("button", { name: LANGUAGES[locale].stop }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(LANGUAGES[locale].stopped);
  }
  await noScript.close();

  const second = { es: `Segunda novedad ${run}`, en: `Second update ${run}` };
  await publishWithEmail(page, second.es, second.en);
  await waitForDeliveries(second.es);
  for (const address of [spanishReader, englishReader, notAsked]) {
    const subjects = (await allEmailsTo(address)).map((email) => email.subject);
    expect(subjects).not.toContain(second.es);
    expect(subjects).not.toContain(second.en);
  }
  expect(newsTo(await allEmailsTo(stillReading), second.es)).toHaveLength(1);
  // The stop is in the consent record, with nothing personal in it.
  const stops = await query<{ kind: string; locale: string }>(
    `SELECT e.kind::text AS kind, e.locale FROM consent_event e JOIN signature s ON s.id = e.signature_id
     WHERE s.email = ANY($1) AND e.kind = 'NEWS_UNSUBSCRIBED' ORDER BY e.locale`,
    [[spanishReader, englishReader]],
  );
  expect(stops).toEqual([
    { kind: "NEWS_UNSUBSCRIBED", locale: "en" },
    { kind: "NEWS_UNSUBSCRIBED", locale: "es" },
  ]);
});
