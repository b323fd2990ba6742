// The pages behind the links in the confirmation email, in every state a person can find
// them in, in both languages: each says what happened in the page's language, answers 200,
// stays out of search engines (the address holds a private token) and passes axe.
// signing.spec.ts follows one Spanish signer through the happy path; this file covers the
// states and the English pages.
//
// It confirms signatures, which the public count shows: it runs after pages.spec.ts and
// sharing.spec.ts, which look at a new campaign, and withdraws what it confirmed.
import type { Page } from "@playwright/test";
import pg from "pg";
import type { Locale } from "@/i18n/routing";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import en from "@/messages/en.json" with { type: "json" };
import es from "@/messages/es.json" with { type: "json" };
import { e2eDatabaseUrl } from "../../playwright.config";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "./support/mailbox";
import { petitionFormFields, postForm, signatureFields } from "./support/native-form";

const LOCALES = {
  es: {
    words: es,
    signPath: "/es/firmar",
    confirmLink: /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/,
    withdrawLink: /http:\/\/localhost:\d+\/es\/retirar-firma\/[A-Za-z0-9_-]{43}/,
    confirmPath: "/es/confirmar",
    withdrawPath: "/es/retirar-firma",
  },
  en: {
    words: en,
    signPath: "/en/sign",
    confirmLink: /http:\/\/localhost:\d+\/en\/confirm\/[A-Za-z0-9_-]{43}/,
    withdrawLink: /http:\/\/localhost:\d+\/en\/withdraw\/[A-Za-z0-9_-]{43}/,
    confirmPath: "/en/confirm",
    withdrawPath: "/en/withdraw",
  },
} as const;

/** The state every signature here says it lives in ("CHP"), named alike in both languages. */
const PLACE = "Chiapas";

/** A well-formed token that no signature has. */
const UNKNOWN_TOKEN = "Q".repeat(43);

let addressCounter = 0;

/**
 * Signs as a script would, from a loopback address of its own, so the 127.0.0.1 budget the
 * browser specs sign from is left alone; returns the links the confirmation email carries.
 */
async function signAndReadEmail(locale: Locale, name: string) {
  const { signPath, confirmLink, withdrawLink } = LOCALES[locale];
  const email = uniqueEmail(`links-${locale}`);
  addressCounter += 1;
  const answer = await postForm(
    signatureFields(await petitionFormFields(signPath), { name, email, residence: "CHP" }),
    { path: signPath, localAddress: `127.89.${Math.floor(Math.random() * 200) + 1}.${addressCounter}` },
  );
  expect(answer.status).toBe(303);
  const [confirmation] = await emailsTo(email);
  return {
    email,
    confirmUrl: linkIn(confirmation!, confirmLink),
    withdrawUrl: linkIn(confirmation!, withdrawLink),
  };
}

/** Opens a private link: 200, kept out of search engines, in the page's language. */
async function open(page: Page, url: string, locale: Locale) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
}

/** A message read out to screen readers as it appears (a status region holding exactly it). */
function announced(page: Page, text: string) {
  return page
    .getByRole("status")
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });
}

async function query(text: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

for (const locale of ["es", "en"] as const) {
  const { words, confirmPath, withdrawPath } = LOCALES[locale];
  const confirmWords = words.ConfirmPage;
  const withdrawWords = words.WithdrawPage;
  const heading = (page: Page) => page.getByRole("heading", { level: 1 });

  test.describe(`the email's links in ${locale === "es" ? "Spanish" : "English"}`, () => {
    test("a pending link confirms; opened again it confirms nothing more; the withdrawal link asks, withdraws, and then matches nothing", async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const name = `Itzel Gómez ${locale}`;
      const { confirmUrl, withdrawUrl } = await signAndReadEmail(locale, name);

      await test.step("pending", async () => {
        await open(page, confirmUrl, locale);
        await expect(heading(page)).toHaveText(confirmWords.heading);
        await expect(page.getByText(confirmWords.pendingBody)).toBeVisible();
        await expect(
          page.getByRole("heading", { level: 2, name: confirmWords.summaryHeading }),
        ).toBeVisible();
        await expect(page.getByRole("definition").nth(0)).toHaveText(name);
        await expect(page.getByRole("definition").nth(1)).toHaveText(PLACE);
        await expectNoAxeViolations(page);
      });

      await test.step("confirmed", async () => {
        await page.getByRole("button", { name: confirmWords.confirmButton }).click();
        await expect(heading(page)).toHaveText(confirmWords.confirmedHeading);
        await expect(announced(page, confirmWords.confirmedBody)).toBeVisible();
        await expect(page.getByRole("link", { name: confirmWords.withdrawLink })).toHaveAttribute(
          "href",
          new URL(withdrawUrl).pathname,
        );
        await expectNoAxeViolations(page);
      });

      await test.step("already confirmed", async () => {
        // The page still only offers the button (opening a link decides nothing); pressing
        // it says the signature counted already, once.
        await open(page, confirmUrl, locale);
        await expect(heading(page)).toHaveText(confirmWords.heading);
        await expect(page.getByRole("heading", { level: 2, name: confirmWords.summaryHeading })).toHaveCount(
          0,
        );
        await page.getByRole("button", { name: confirmWords.confirmButton }).click();
        await expect(heading(page)).toHaveText(confirmWords.confirmedHeading);
        await expect(announced(page, confirmWords.alreadyConfirmedBody)).toBeVisible();
        await expectNoAxeViolations(page);
      });

      await test.step("asked before withdrawing", async () => {
        await open(page, withdrawUrl, locale);
        await expect(heading(page)).toHaveText(withdrawWords.heading);
        await expect(page.getByText(withdrawWords.body)).toBeVisible();
        await expectNoAxeViolations(page);
      });

      await test.step("withdrawn", async () => {
        await page.getByRole("button", { name: withdrawWords.withdrawButton }).click();
        await expect(heading(page)).toHaveText(withdrawWords.withdrawnHeading);
        await expect(announced(page, withdrawWords.withdrawnBody)).toBeVisible();
        await expectNoAxeViolations(page);
      });

      await test.step("the withdrawal link once used", async () => {
        await open(page, withdrawUrl, locale);
        await expect(heading(page)).toHaveText(withdrawWords.invalidHeading);
        await expect(page.getByText(withdrawWords.invalidBody)).toBeVisible();
        await expect(page.getByRole("button", { name: withdrawWords.withdrawButton })).toHaveCount(0);
        await expectNoAxeViolations(page);
      });

      await test.step("the confirmation link of a withdrawn signature", async () => {
        await open(page, confirmUrl, locale);
        await expect(heading(page)).toHaveText(confirmWords.invalidHeading);
        await expect(page.getByRole("button", { name: confirmWords.confirmButton })).toHaveCount(0);
      });
    });

    test("an expired link says so and sends a new one, which works", async ({ page }) => {
      test.setTimeout(120_000);
      const { email, confirmUrl } = await signAndReadEmail(locale, `Expira ${locale}`);
      // A link that expired after its reminder went out: without reminder_sent_at the
      // ten-minute reminder cron could renew it between this update and the click below.
      await query(
        `UPDATE signature SET confirm_token_issued_at = now() - make_interval(hours => $2),
           reminder_sent_at = now() - make_interval(hours => $2) WHERE email = $1`,
        [email.toLowerCase(), CONFIRMATION_TTL_HOURS + 1],
      );

      await open(page, confirmUrl, locale);
      await expect(heading(page)).toHaveText(confirmWords.expiredHeading);
      await expect(
        page.getByText(confirmWords.expiredBody.replace("{hours}", String(CONFIRMATION_TTL_HOURS))),
      ).toBeVisible();
      await expect(page.getByRole("button", { name: confirmWords.confirmButton })).toHaveCount(0);
      await expectNoAxeViolations(page);

      await page.getByRole("button", { name: confirmWords.renewButton }).click();
      await expect(announced(page, confirmWords.renewedBody)).toBeVisible();
      const emails = await emailsTo(email, 2);
      const renewed = linkIn(emails[1]!, LOCALES[locale].confirmLink);
      expect(renewed).not.toBe(confirmUrl);
      await open(page, renewed, locale);
      await expect(heading(page)).toHaveText(confirmWords.heading);
      await expect(page.getByRole("button", { name: confirmWords.confirmButton })).toBeVisible();
    });

    test("links that match no signature say so, with a way back to the form", async ({ page }) => {
      test.setTimeout(120_000);
      for (const token of [UNKNOWN_TOKEN, "no-es-un-token"]) {
        await open(page, `${confirmPath}/${token}`, locale);
        await expect(heading(page)).toHaveText(confirmWords.invalidHeading);
        await expect(page.getByText(confirmWords.invalidBody)).toBeVisible();
        await expect(page.getByRole("link", { name: confirmWords.signAgain })).toHaveAttribute(
          "href",
          LOCALES[locale].signPath,
        );
        if (token === UNKNOWN_TOKEN) await expectNoAxeViolations(page);

        await open(page, `${withdrawPath}/${token}`, locale);
        await expect(heading(page)).toHaveText(withdrawWords.invalidHeading);
        await expect(page.getByRole("button", { name: withdrawWords.withdrawButton })).toHaveCount(0);
      }
      await expectNoAxeViolations(page);
    });
  });
}
