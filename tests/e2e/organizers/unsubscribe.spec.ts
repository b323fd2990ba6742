// Stopping campaign news: the link in a signer's emails opens a page that works without
// JavaScript and without signing in, where opening it changes nothing and one button stops
// news; mail providers' one-click POST (RFC 8058) does the same without the page.
import pg from "pg";
import { baseURL, e2eDatabaseUrl } from "../../../playwright.config";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "../support/mailbox";
import { petitionFormFields, postForm, signatureFields } from "../support/native-form";

/** Signs with news asked for, from the form in one language, and returns the unsubscribe link. */
async function signWantingNews(
  signPath: string,
  linkPattern: RegExp,
): Promise<{ email: string; link: string }> {
  const email = uniqueEmail("noticias");
  const hidden = await petitionFormFields(signPath);
  // Signing is the setup here, not what is tested: a first request that finds the freshly
  // started server's database slow to answer is simply sent again.
  await expect(async () => {
    const response = await postForm(signatureFields(hidden, { email, wantsUpdates: "on" }), {
      path: signPath,
    });
    expect(response.status).toBe(303);
  }).toPass({ timeout: 20_000 });
  const [confirmation] = await emailsTo(email);
  return { email, link: linkIn(confirmation!, linkPattern) };
}

async function wantsNews(email: string): Promise<{ wants: boolean; events: number }> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ wants: boolean; events: number }>(
      `SELECT s.wants_updates AS wants,
         (SELECT count(*)::int FROM consent_event e WHERE e.signature_id = s.id AND e.kind = 'NEWS_UNSUBSCRIBED') AS events
       FROM signature s WHERE s.email = $1`,
      [email],
    );
    if (!rows[0]) throw new Error("no signature for this address");
    return rows[0];
  } finally {
    await client.end();
  }
}

const languages = [
  {
    locale: "es",
    signPath: "/es/firmar",
    link: /http:\/\/localhost:\d+\/es\/dejar-de-recibir-noticias\/[A-Za-z0-9_-]{43}/,
    heading: "¿Dejas de recibir noticias de la campaña?",
    button: "Dejar de recibir noticias",
    done: "Listo, ya no te enviaremos noticias",
    stays: "Tu firma no cambia: si la confirmaste, sigue contando.",
  },
  {
    locale: "en",
    signPath: "/en/sign",
    link: /http:\/\/localhost:\d+\/en\/unsubscribe\/[A-Za-z0-9_-]{43}/,
    heading: "Stop receiving campaign news?",
    button: "Stop receiving news",
    done: "Done, we will not send you news any more",
    stays: "Your signature does not change: if you confirmed it, it still counts.",
  },
] as const;

for (const language of languages) {
  test(`stops news with one button and no JavaScript, never on opening the page (${language.locale})`, async ({
    browser,
    page,
  }) => {
    // Two browsers, two pages each, and axe twice: more than the default on a busy machine.
    test.setTimeout(90_000);
    const { email, link } = await signWantingNews(language.signPath, language.link);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();

    await noScript.goto(link);
    await expect(noScript.getByRole("heading", { level: 1 })).toHaveText(language.heading);
    await expect(noScript.getByText(language.stays)).toBeVisible();
    // Opening the link, as a mail scanner does, changes nothing.
    expect(await wantsNews(email)).toEqual({ wants: true, events: 0 });

    await noScript.getByRole("button", { name: language.button }).click();
    await expect(noScript.getByRole("heading", { level: 1 })).toHaveText(language.done);
    await expect(noScript.getByText(language.stays)).toBeVisible();
    expect(await wantsNews(email)).toEqual({ wants: false, events: 1 });
    await context.close();

    // axe runs inside the page, so both states are checked again with JavaScript on; pressing
    // the button a second time answers the same and records nothing more.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.heading);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: language.button }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.done);
    await expectNoAxeViolations(page);
    expect(await wantsNews(email)).toEqual({ wants: false, events: 1 });
  });
}

test("answers a mail provider's one-click POST with 200, for any token, and stops news", async ({ page }) => {
  const { email, link } = await signWantingNews("/en/sign", languages[1].link);
  const token = link.split("/").at(-1)!;
  // What a provider sends: a small form body, no Origin, no cookies.
  const oneClick = (value: string) =>
    fetch(`${baseURL}/api/news/unsubscribe/${value}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
      redirect: "manual",
    });

  // Opening the address in a browser only leads to the page in the signer's language.
  await page.goto(`/api/news/unsubscribe/${token}`);
  await expect(page).toHaveURL(new RegExp(`/en/unsubscribe/${token}$`));
  expect(await wantsNews(email)).toEqual({ wants: true, events: 0 });

  const known = await oneClick(token);
  expect(known.status).toBe(200);
  expect(await wantsNews(email)).toEqual({ wants: false, events: 1 });

  const unknown = await oneClick("Z".repeat(43));
  expect(unknown.status).toBe(200);
  expect(await unknown.text()).toBe(await known.text());

  // A webmail that posts from its own site is not refused as a foreign form.
  const fromWebmail = await fetch(`${baseURL}/api/news/unsubscribe/${token}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://mail.example.com" },
    body: "List-Unsubscribe=One-Click",
    redirect: "manual",
  });
  expect(fromWebmail.status).toBe(200);
});
