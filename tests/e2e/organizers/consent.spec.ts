import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../../../playwright.config";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "../support/mailbox";
import { signIn } from "./sign-in-helpers";

const PRIVACY = { es: "/es/aviso-de-privacidad", en: "/en/privacy" } as const;
const CONSENT = { es: "/es/organizadores/consentimiento", en: "/en/organizers/consent" } as const;

/** The full version the privacy page states (its short form is shown, the full one is the title). */
async function statedVersion(page: Page, locale: "es" | "en"): Promise<string> {
  const line = page.getByText(locale === "es" ? /^Versión [0-9a-f]{12}…/ : /^Version [0-9a-f]{12}…/);
  await expect(line).toBeVisible();
  const hash = line.locator("code");
  const version = (await hash.getAttribute("title")) ?? "";
  expect(version).toMatch(/^[0-9a-f]{64}$/);
  await expect(hash).toHaveText(`${version.slice(0, 12)}…`);
  return version;
}

/** Signs and confirms through the real pages, as a supporter in a browser of their own. */
async function signAndConfirm(browser: Browser, locale: "es" | "en"): Promise<string> {
  const email = uniqueEmail(`consent-${locale}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  if (locale === "es") {
    await page.goto("/es/firmar");
    await page.getByLabel("Nombre completo").fill("Rosa Consentimiento");
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("¿Dónde vives?").selectOption({ label: "Chiapas" });
    await page.getByLabel(/Leí y acepto el aviso de privacidad/).check();
    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);
  } else {
    await page.goto("/en/sign");
    await page.getByLabel("Full name").fill("Rose Consent");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Where do you live?").selectOption({ label: "Mexico City" });
    await page.getByLabel(/I have read and accept the privacy notice/).check();
    await page.getByRole("button", { name: "Sign" }).click();
    await expect(page).toHaveURL(/\/en\/sign\/thanks$/);
  }
  const [confirmation] = await emailsTo(email);
  const path = locale === "es" ? "es\\/confirmar" : "en\\/confirm";
  await page.goto(linkIn(confirmation!, new RegExp(`http://localhost:\\d+/${path}/[A-Za-z0-9_-]{43}`)));
  await page
    .getByRole("button", { name: locale === "es" ? "Confirmar mi firma" : "Confirm my signature" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    locale === "es" ? "¡Gracias! Tu firma ya cuenta" : "Thank you! Your signature now counts",
  );
  await context.close();
  return email;
}

/** The consent events of a signature, oldest first, with the version of the notice each names. */
async function eventsOf(email: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string; locale: string; version: string | null }>(
      `SELECT e.kind::text AS kind, e.locale, n.version
       FROM consent_event e JOIN signature s ON s.id = e.signature_id
       LEFT JOIN privacy_notice n ON n.id = e.notice_id
       WHERE s.email = $1 ORDER BY e.occurred_at, e.kind`,
      [email],
    );
    return rows;
  } finally {
    await client.end();
  }
}

test.describe("the consent record", () => {
  for (const locale of ["es", "en"] as const) {
    test(`the privacy page in ${locale} states its version`, async ({ page }) => {
      await page.goto(PRIVACY[locale]);
      await statedVersion(page, locale);
      await expectNoAxeViolations(page);
    });
  }

  test("an organizer sees each language's notice versions, which one each signature accepted, and their texts", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const signed = { es: await signAndConfirm(browser, "es"), en: await signAndConfirm(browser, "en") };

    // Each signature accepted the notice of its form's language, at signing and at confirmation.
    const recorded = { es: "", en: "" };
    for (const locale of ["es", "en"] as const) {
      const events = await eventsOf(signed[locale]);
      expect(events.map(({ kind, locale }) => [kind, locale])).toEqual([
        ["SIGNED", locale],
        ["CONFIRMED", locale],
      ]);
      expect(events[0]!.version).toMatch(/^[0-9a-f]{64}$/);
      expect(events[1]!.version).toBe(events[0]!.version);
      recorded[locale] = events[0]!.version!;
    }
    expect(recorded.es).not.toBe(recorded.en);

    await signIn(page);
    for (const locale of ["es", "en"] as const) {
      await page.goto(CONSENT[locale]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "es" ? "Registro de consentimiento" : "Consent record",
      );
      await expect(
        page.getByRole("heading", {
          name: locale === "es" ? "Retiros y bajas registrados" : "Withdrawals and opt-outs recorded",
        }),
      ).toBeVisible();

      for (const noticeLocale of ["es", "en"] as const) {
        const table = page.getByRole("table", {
          name:
            locale === "es"
              ? `Versiones en ${noticeLocale === "es" ? "español" : "inglés"}, de la más reciente a la más antigua`
              : `${noticeLocale === "es" ? "Spanish" : "English"} versions, newest first`,
        });
        // The version each signature accepted is listed, marked as the one in force, and counted.
        const version = recorded[noticeLocale];
        const row = table.getByRole("row").filter({ has: page.locator(`code[title="${version}"]`) });
        await expect(row).toHaveCount(1);
        await expect(row.getByRole("rowheader")).toHaveText(
          `${version.slice(0, 12)}…${locale === "es" ? "vigente" : "current"}`,
        );
        const [atSigning, atConfirmation] = await row
          .getByRole("cell")
          .allInnerTexts()
          .then((cells) => cells.slice(2));
        expect(Number(atSigning!.replace(/\D/g, ""))).toBeGreaterThanOrEqual(1);
        expect(Number(atConfirmation!.replace(/\D/g, ""))).toBeGreaterThanOrEqual(1);

        // Its full text opens from a summary naming the version.
        const summary = page.getByText(
          locale === "es"
            ? `Texto completo de la versión ${version.slice(0, 12)}…`
            : `Full text of version ${version.slice(0, 12)}…`,
        );
        await summary.click();
        const details = page.locator("details", { has: summary });
        await expect(details.getByText(version)).toBeVisible();
        await expect(details.locator("pre")).toContainText(
          noticeLocale === "es" ? "El registro de tu consentimiento" : "The record of your consent",
        );
      }
      await expectNoAxeViolations(page);
    }

    // The privacy page states the version in force, the one just accepted (it is refreshed in
    // the background, so the current words show after a reload or two).
    for (const locale of ["es", "en"] as const) {
      await expect(async () => {
        await page.goto(PRIVACY[locale]);
        expect(await statedVersion(page, locale)).toBe(recorded[locale]);
      }).toPass({ timeout: 20_000 });
    }
  });
});
