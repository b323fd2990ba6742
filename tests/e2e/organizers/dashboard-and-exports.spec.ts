import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../../../playwright.config";
import { expect, expectNoAxeViolations, test } from "../support/fixtures";
import { emailsTo, linkIn } from "../support/mailbox";
import { signIn } from "./sign-in-helpers";

/** Reads RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== "," && char !== "\n" && char !== "\r")) {
      cell += char;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
    }
  }
  return rows;
}

async function confirmedOnDashboard(page: Page): Promise<number> {
  const value = page.locator("dt", { hasText: /^Confirmadas$/ }).locator("xpath=following-sibling::dd[1]");
  return Number((await value.innerText()).replace(/\D/g, ""));
}

/** Submits an export form and returns the downloaded file's name and text (without the BOM). */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const text = await readFile((await file.path())!, "utf8");
  return { name: file.suggestedFilename(), text: text.replace(/^\uFEFF/, "") };
}

const GROUND_TRUTH: Record<string, string> = {
  day: `to_char((confirmed_at AT TIME ZONE 'America/Mexico_City')::date, 'YYYY-MM-DD')`,
  state: `coalesce(state_code, '')`,
  country: `country_code`,
  language: `locale`,
  source: `coalesce(source, '')`,
};

test("an organizer watches a new signature arrive, exports the figures, and invalidates it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();

  await signIn(page);
  await expectNoAxeViolations(page);
  const before = await confirmedOnDashboard(page);

  // A supporter arrives from a shared link, signs with a name a spreadsheet would run, and confirms.
  const domain = `e2e-${Date.now()}.example.org`;
  const email = `ana@${domain}`;
  const name = "=SUMA(1;2) Ana";
  const supporter = await (await browser.newContext()).newPage();
  await supporter.goto("/es?ref=boletin-e2e");
  await supporter.goto("/es/firmar");
  await supporter.getByLabel("Nombre completo").fill(name);
  await supporter.getByLabel("Correo electrónico").fill(email);
  await supporter.getByLabel("¿Dónde vives?").selectOption({ label: "Yucatán" });
  await supporter.getByLabel("Mostrar mi nombre en la lista pública de firmas").check();
  await supporter.getByLabel(/Leí y acepto el aviso de privacidad/).check();
  await supporter.getByRole("button", { name: "Firmar" }).click();
  await expect(supporter).toHaveURL(/\/es\/firmar\/gracias$/);
  const [confirmation] = await emailsTo(email);
  await supporter.goto(linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
  await supporter.getByRole("button", { name: "Confirmar mi firma" }).click();
  await expect(supporter.getByRole("heading", { level: 1 })).toHaveText("¡Gracias! Tu firma ya cuenta");
  await supporter.context().close();

  // The dashboard is live: the next load counts it, and its source shows up.
  await page.reload();
  expect(await confirmedOnDashboard(page)).toBe(before + 1);
  const sources = page.getByRole("table", { name: /por origen/ });
  await expect(sources.getByRole("row", { name: /boletin-e2e/ })).toContainText("1");

  // Every count export, in both formats, matches the database.
  await page.getByRole("link", { name: "Exportar", exact: true }).click();
  await expectNoAxeViolations(page);
  for (const [dimension, label] of [
    ["day", "Día de confirmación"],
    ["state", "Estado"],
    ["country", "País"],
    ["language", "Idioma del sitio"],
    ["source", "Origen (enlace o campaña)"],
  ] as const) {
    const truth = await database.query<{ key: string; n: number }>(
      `SELECT ${GROUND_TRUTH[dimension]} AS key, count(*)::int AS n
       FROM signature WHERE status = 'CONFIRMED' GROUP BY 1`,
    );
    const expected = new Map(truth.rows.map((row) => [row.key, row.n]));

    await page.getByLabel("Agrupar por").selectOption({ label });
    await page.getByLabel("CSV, para hojas de cálculo").check();
    const csv = await download(page, "Descargar cifras");
    expect(csv.name).toBe(`budapestconventionmx-counts-by-${dimension}-all-time.csv`);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual([dimension, "confirmed"]);
    expect(new Map(rows.map(([key, n]) => [key!, Number(n)]))).toEqual(expected);

    await page.getByLabel("JSON, para programas").check();
    const json = JSON.parse((await download(page, "Descargar cifras")).text) as {
      dimension: string;
      rows: { key: string | null; confirmed: number }[];
      total: number;
    };
    expect(json.dimension).toBe(dimension);
    expect(new Map(json.rows.map((row) => [row.key ?? "", row.confirmed]))).toEqual(expected);
    expect(json.total).toBe(before + 1);
  }

  // A hand-edited address with an impossible date comes back to the page with a message.
  await page.goto("/api/organizers/exports/counts?by=state&from=2026-02-30");
  await expect(page).toHaveURL(/\/es\/organizadores\/exportar\?error=invalidDate$/);
  await expect(
    page.getByText(
      "No pudimos leer las fechas. Elígelas con el calendario (AAAA-MM-DD) e inténtalo de nuevo.",
    ),
  ).toBeVisible();

  // The public names: exactly the confirmed signers who chose to be shown, formulas defused.
  const publicNames = await download(page, "Descargar nombres (CSV)");
  const [namesHeader, ...nameRows] = parseCsv(publicNames.text);
  expect(namesHeader).toEqual(["name", "place", "confirmed_on"]);
  const shown = await database.query<{ name: string }>(
    `SELECT name FROM signature WHERE status = 'CONFIRMED' AND show_name
       AND NOT EXISTS (SELECT 1 FROM public_name_hiding h WHERE h.signature_id = signature.id) ORDER BY name`,
  );
  expect(nameRows.map(([cell]) => cell!.replace(/^'(?=[=+\-@\t\r])/, "")).sort()).toEqual(
    shown.rows.map((row) => row.name).sort(),
  );
  expect(nameRows).toContainEqual([`'${name}`, "Yucatán", expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
  expect(publicNames.text).not.toContain(email);

  // Every download is in the audit log, with its row count, on the dashboard too.
  const logged = await database.query<{ export: string; row_count: number }>(
    `SELECT export, row_count FROM export_log WHERE organizer_email = 'organizadora@example.org'
     ORDER BY created_at DESC LIMIT 11`,
  );
  expect(logged.rows).toHaveLength(11);
  expect(logged.rows[0]).toEqual({ export: "public-names.csv", row_count: nameRows.length });
  await page.getByRole("link", { name: "Cifras", exact: true }).click();
  const latest = page.getByRole("region", { name: /Registro de exportaciones|exportaciones/ }).first();
  await expect(page.getByRole("heading", { name: "Últimas exportaciones" })).toBeVisible();
  await expect(latest.getByRole("row")).toHaveCount(6);

  // The signature turns out to be abuse: preview by its domain, then invalidate it.
  await page.getByRole("link", { name: "Abuso", exact: true }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Dominio del correo").fill(domain);
  await page.getByRole("button", { name: "Ver cuántas coinciden" }).click();
  await expect(page.getByText("1 firma coincide con este criterio.")).toBeVisible();
  await page.getByRole("button", { name: "Invalidar 1 firma" }).click();
  await expect(page.getByRole("table").filter({ hasText: domain })).toBeVisible();

  const status = await database.query<{ status: string; email: string | null }>(
    `SELECT status, email FROM signature WHERE source = 'boletin-e2e'`,
  );
  expect(status.rows).toEqual([{ status: "INVALIDATED", email: null }]);
  await page.getByRole("link", { name: "Cifras", exact: true }).click();
  expect(await confirmedOnDashboard(page)).toBe(before);
  await database.end();
});
