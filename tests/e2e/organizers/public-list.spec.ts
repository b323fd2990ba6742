import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../../../playwright.config";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "../support/mailbox";
import { signIn } from "./sign-in-helpers";

// A name nobody else signs with in this run, with markup a careless page would render.
function markupName(first: string): string {
  const tag = Date.now()
    .toString(36)
    .replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!);
  return `${first} <b>${tag}</b> <img src=x onerror=alert(1)>`;
}

/** The confirmed count as the database keeps it (the public figures are cached). */
async function confirmedTotal(): Promise<number> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count FROM signature_count WHERE scope = 'total' AND code = 'all'`,
    );
    return rows[0]?.count ?? 0;
  } finally {
    await client.end();
  }
}

interface Signer {
  name: string;
  email: string;
  locale: "es" | "en";
}

const SIGNING = {
  es: {
    form: "/es/firmar",
    name: "Nombre completo",
    email: "Correo electrónico",
    residence: "¿Dónde vives?",
    showName: "Mostrar mi nombre en la lista pública de firmas",
    confirmShowName: "Mostrar mi nombre en la lista pública de firmas",
    consent: /Leí y acepto el aviso de privacidad/,
    sign: "Firmar",
    confirmLink: /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/,
    withdrawLink: /http:\/\/localhost:\d+\/es\/retirar-firma\/[A-Za-z0-9_-]{43}/,
    confirm: "Confirmar mi firma",
    confirmed: "¡Gracias! Tu firma ya cuenta",
    withdraw: "Retirar mi firma y borrar mis datos",
    withdrawn: "Tu firma fue retirada",
  },
  en: {
    form: "/en/sign",
    name: "Full name",
    email: "Email",
    residence: "Where do you live?",
    showName: "Show my name in the public list of signatures",
    confirmShowName: "Show my name on the public list of signers",
    consent: /I have read and accept the privacy notice/,
    sign: "Sign",
    confirmLink: /http:\/\/localhost:\d+\/en\/confirm\/[A-Za-z0-9_-]{43}/,
    withdrawLink: /http:\/\/localhost:\d+\/en\/withdraw\/[A-Za-z0-9_-]{43}/,
    confirm: "Confirm my signature",
    confirmed: "Thank you! Your signature now counts",
    withdraw: "Withdraw my signature and erase my data",
    withdrawn: "Your signature was withdrawn",
  },
} as const;

const LIST_PATH = { es: "/es/firmantes", en: "/en/signers" } as const;

/**
 * Signs through the real form choosing to show the name, and confirms from the email's
 * link, where the choice is shown again before it counts. Residence is a state in Spanish,
 * a country abroad in English.
 */
async function signAndConfirm(browser: Browser, locale: "es" | "en", first: string): Promise<Signer> {
  const words = SIGNING[locale];
  const signer = { name: markupName(first), email: uniqueEmail(`lista-${locale}`), locale };
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(words.form);
  await page.getByLabel(words.name).fill(signer.name);
  await page.getByLabel(words.email, { exact: true }).fill(signer.email);
  if (locale === "es") {
    await page.getByLabel(words.residence).selectOption({ label: "Jalisco" });
  } else {
    await page.getByLabel(words.residence).selectOption({ label: "Outside Mexico" });
    await page.getByLabel("Country", { exact: true }).selectOption({ label: "Canada" });
  }
  await page.getByLabel(words.showName).check();
  await page.getByLabel(words.consent).check();
  await page.getByRole("button", { name: words.sign, exact: true }).click();
  await expect(page).toHaveURL(locale === "es" ? /\/es\/firmar\/gracias$/ : /\/en\/sign\/thanks$/);

  const [confirmation] = await emailsTo(signer.email);
  await page.goto(linkIn(confirmation!, words.confirmLink));
  await expect(page.getByLabel(words.confirmShowName)).toBeChecked();
  await page.getByRole("button", { name: words.confirm }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.confirmed);
  await context.close();
  return signer;
}

/** The row of a name on the public list's first page, the way a screen reader finds it. */
function rowOf(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

/**
 * The list is prerendered and refreshed when a signature changes: the next load may still
 * be the page being replaced, so it is loaded until it shows the change.
 */
async function expectOnList(page: Page, locale: "es" | "en", name: string, shown: boolean) {
  await expect(async () => {
    await page.goto(LIST_PATH[locale]);
    await expect(rowOf(page, name)).toHaveCount(shown ? 1 : 0, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

async function withdrawFromEmail(browser: Browser, signer: Signer) {
  const words = SIGNING[signer.locale];
  const [confirmation] = await emailsTo(signer.email);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(linkIn(confirmation!, words.withdrawLink));
  await page.getByRole("button", { name: words.withdraw }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.withdrawn);
  await context.close();
}

test.describe("the public list of signers", () => {
  test("shows a Spanish signer who chose to be shown, as text, and drops the name on withdrawal", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const signer = await signAndConfirm(browser, "es", "Marisol");

    await expectOnList(page, "es", signer.name, true);
    const row = rowOf(page, signer.name);
    await expect(row.getByRole("cell").nth(0)).toHaveText("Jalisco");
    await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    // The markup in the name is shown as typed and never becomes part of the page.
    await expect(row.getByRole("rowheader")).toHaveText(signer.name);
    await expect(row.locator("b, img")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quienes firman");
    await expect(page.getByText("Muchas personas firman sin mostrar su nombre")).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
    await expectNoAxeViolations(page);

    await withdrawFromEmail(browser, signer);
    await expectOnList(page, "es", signer.name, false);
  });

  test("shows an English signer abroad with the country's name, and drops the name on withdrawal", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const signer = await signAndConfirm(browser, "en", "Jane");

    await expectOnList(page, "en", signer.name, true);
    await expect(rowOf(page, signer.name).getByRole("cell").nth(0)).toHaveText("Canada");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signers");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
    await expectNoAxeViolations(page);

    await withdrawFromEmail(browser, signer);
    await expectOnList(page, "en", signer.name, false);
  });

  test("is linked from every page's footer and has one address per page", async ({ page, request }) => {
    await page.goto("/es");
    await page.getByRole("contentinfo").getByRole("link", { name: "Lista de firmantes" }).click();
    await expect(page).toHaveURL(/\/es\/firmantes$/);
    await page.goto("/en/press");
    await page.getByRole("contentinfo").getByRole("link", { name: "List of signers" }).click();
    await expect(page).toHaveURL(/\/en\/signers$/);

    // "Page 1" is the list's own address; a page past the end or a made-up number is not found.
    const first = await request.get("/en/signers/1", { maxRedirects: 0 });
    expect(first.status()).toBeGreaterThanOrEqual(300);
    expect(first.status()).toBeLessThan(400);
    expect(first.headers()["location"]).toMatch(/\/en\/signers$/);
    for (const path of ["/en/signers/9999", "/en/signers/02", "/en/signers/two"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe("organizers hide a name", () => {
  test("hides a name with a reason in Spanish: it leaves the public list, the count stays, the log says who and why", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const signer = await signAndConfirm(browser, "es", "Suplantación");
    await expectOnList(page, "es", signer.name, true);
    const total = await confirmedTotal();

    await signIn(page);
    await page.getByRole("link", { name: "Lista pública", exact: true }).click();
    await expect(page).toHaveURL(/\/es\/organizadores\/firmantes$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lista pública");
    await expectNoAxeViolations(page);

    // Case and accents do not matter: the first word typed in capitals without its accent.
    await page
      .getByLabel("Nombre o parte del nombre")
      .fill(`SUPLANTACION <B>${signer.name.split(/<b>|<\/b>/)[1]}`);
    await page.getByRole("button", { name: "Buscar" }).click();
    const results = page.getByRole("table", { name: /Nombres que contienen/ });
    await expect(results.getByRole("rowheader")).toHaveText([signer.name]);
    await results.getByRole("button", { name: `Ocultar ${signer.name}` }).click();

    await expect(page.getByRole("heading", { name: `Ocultar «${signer.name}»` })).toBeVisible();
    const reason = page.getByLabel("Motivo");
    await expect(reason).toBeFocused();
    await page.getByRole("button", { name: "Ocultar el nombre" }).click();
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAccessibleDescription(/Escribe el motivo para ocultar este nombre\./);
    await expectNoAxeViolations(page);

    await reason.fill("Usa el nombre de otra persona");
    await page.getByRole("button", { name: "Ocultar el nombre" }).click();
    await expect(page.getByRole("status")).toContainText(
      `«${signer.name}» ya no aparece en la lista pública. Su firma sigue contando.`,
    );
    const log = page.getByRole("table", { name: /Registro de nombres ocultos/ });
    const entry = log.getByRole("row").filter({ hasText: "Usa el nombre de otra persona" });
    await expect(entry).toContainText(signer.name);
    await expect(entry).toContainText("organizadora@example.org");

    // Hidden at once for the very next visitor; the signature still counts.
    await page.goto(LIST_PATH.es);
    await expect(page.getByRole("rowheader", { name: signer.name, exact: true })).toHaveCount(0);
    expect(await confirmedTotal()).toBe(total);

    // The same page in English, with the log filled in.
    await page.goto("/en/organizers/signers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public list");
    await expect(page.getByRole("table", { name: /Log of hidden names/ })).toContainText(
      "Usa el nombre de otra persona",
    );
    await expectNoAxeViolations(page);
  });

  test("hides a name in English without JavaScript", async ({ browser }) => {
    test.setTimeout(180_000);
    const signer = await signAndConfirm(browser, "en", "Impostor");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await expectOnList(page, "en", signer.name, true);
    const total = await confirmedTotal();

    await signIn(page);
    await page.goto("/en/organizers/signers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public list");

    await page.getByLabel("Name or part of it").fill(signer.name);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("button", { name: `Hide ${signer.name}` }).click();
    await page.getByLabel("Reason").fill("no");
    await page.getByRole("button", { name: "Hide the name" }).click();
    await expect(
      page.getByText("Write a slightly clearer reason, at least 3 characters long."),
    ).toBeVisible();
    await expect(page.getByLabel("Reason")).toHaveValue("no");

    await page.getByLabel("Reason").fill("Not a real person");
    await page.getByRole("button", { name: "Hide the name" }).click();
    await expect(page.getByText(`“${signer.name}” no longer appears on the public list.`)).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: /Log of hidden names/ })
        .getByRole("row")
        .filter({ hasText: "Not a real person" }),
    ).toContainText(signer.name);

    await page.goto(LIST_PATH.en);
    await expect(page.getByRole("rowheader", { name: signer.name, exact: true })).toHaveCount(0);
    expect(await confirmedTotal()).toBe(total);
    await context.close();
  });
});
