// What protects the form without getting in a person's way: the per-network signing limit
// and the hidden field that bots fill. The browser always comes from 127.0.0.1; to sign from
// another network, its form posts are sent on from another loopback address (the server
// decides the network from the socket, see scripts/serve.ts), so the shared 127.0.0.1 budget
// the other specs sign from is never touched.
import http from "node:http";
import type { Page, Route } from "@playwright/test";
import pg from "pg";
import { networkOf, hashNetworkAddress } from "@/lib/security/client-address";
import { parseServerEnv } from "@/lib/env";
import { signLimit } from "@/lib/petition/rate-limit";
import { createRateLimiter } from "@/lib/security/rate-limit";
import config, { baseURL, e2eDatabaseUrl, fakeResendUrl } from "../../playwright.config";
import { query, storedRows } from "./support/database";
import { expect, test } from "./support/fixtures";
import { emailsTo, uniqueEmail } from "./support/mailbox";
import { petitionFormFields, postForm, signatureFields } from "./support/native-form";

/** The environment the e2e server runs with, read the way the server reads it. */
function e2eServerEnv() {
  const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  return parseServerEnv({ ...process.env, ...webServer?.env, DATABASE_URL: e2eDatabaseUrl() });
}

/** A loopback address of its own per call, so each test signs from a network nobody used. */
let addressCounter = 0;
function freshLoopbackAddress(): string {
  addressCounter += 1;
  return `127.88.${Math.floor(Math.random() * 200) + 1}.${addressCounter}`;
}

/**
 * Uses up a network's signing budget through the same limiter, key and limit the server
 * uses (components/petition/actions.ts), as many real signatures would, without sending
 * hundreds of confirmation emails that later specs would wait behind.
 */
async function exhaustSigningLimit(address: string): Promise<void> {
  const env = e2eServerEnv();
  const pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 1 });
  try {
    const consume = createRateLimiter(pool, "sign", signLimit(env.SIGNATURES_PER_NETWORK_PER_HOUR));
    const key = hashNetworkAddress(env.APP_SECRET, networkOf(address));
    for (let used = 0; used < env.SIGNATURES_PER_NETWORK_PER_HOUR; used += 1) {
      expect((await consume(key)).allowed).toBe(true);
    }
    expect((await consume(key)).allowed).toBe(false);
  } finally {
    await pool.end();
  }
}

/** Sends the page's form posts on from `address`, the way a browser on that network would. */
async function postFormsFrom(page: Page, address: { current: string }): Promise<void> {
  const forward = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.fallback();
    const url = new URL(request.url());
    const body = request.postDataBuffer() ?? Buffer.alloc(0);
    // The browser's own headers; Host too, which Chromium does not report but Next checks
    // against Origin before it runs an action.
    const headers = {
      ...(await request.allHeaders()),
      host: url.host,
      "content-length": String(body.length),
    };
    const answer = await new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>(
      (resolve, reject) => {
        const forwarded = http.request(
          {
            host: "127.0.0.1",
            port: url.port,
            path: `${url.pathname}${url.search}`,
            method: "POST",
            localAddress: address.current,
            headers,
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => {
              const flat: Record<string, string> = {};
              for (const [name, value] of Object.entries(response.headers)) {
                if (value === undefined || name === "transfer-encoding" || name === "content-length")
                  continue;
                flat[name] = Array.isArray(value) ? value.join("\n") : value;
              }
              resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
            });
          },
        );
        forwarded.on("error", reject);
        forwarded.end(body);
      },
    );
    await route.fulfill(answer);
  };
  await page.route(/\/(es\/firmar|en\/sign)$/, forward);
}

const SPANISH_LIMIT_MESSAGE = /^Recibimos muchas firmas desde tu red\. Intenta de nuevo en \d+ minutos\.$/;
const ENGLISH_LIMIT_MESSAGE =
  /^We received many signatures from your network\. Please try again in \d+ minutes\.$/;

test.describe("the per-network signing limit", () => {
  test("refuses a network past its limit with the Spanish message, keeps the form, and another network still signs", async ({
    page,
  }) => {
    const limited = freshLoopbackAddress();
    await exhaustSigningLimit(limited);
    const from = { current: limited };
    await postFormsFrom(page, from);

    const email = uniqueEmail("limited-es");
    await page.goto("/es/firmar");
    await page.getByLabel("Nombre completo").fill("Lucía Hernández");
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("¿Dónde vives?").selectOption({ label: "Oaxaca" });
    await page.getByLabel("Mostrar mi nombre en la lista pública de firmas").check();
    await page.getByLabel(/Leí y acepto el aviso de privacidad/).check();
    await page.getByRole("button", { name: "Firmar" }).click();

    await expect(page.getByRole("form").getByRole("alert")).toHaveText(SPANISH_LIMIT_MESSAGE);
    await expect(page).toHaveURL(/\/es\/firmar$/);
    await expect(page.getByLabel("Nombre completo")).toHaveValue("Lucía Hernández");
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);
    await expect(page.getByLabel("¿Dónde vives?")).toHaveValue("OAX");
    await expect(page.getByLabel("Mostrar mi nombre en la lista pública de firmas")).toBeChecked();
    await expect(page.getByLabel(/Leí y acepto el aviso de privacidad/)).toBeChecked();
    expect(await storedRows(email)).toBe(0);

    // The same person, now on another network (a phone off the school's wifi), signs.
    const elsewhere = freshLoopbackAddress();
    from.current = elsewhere;
    await page.getByRole("button", { name: "Firmar" }).click();
    await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);
    const [row] = await query<{ ip_hash: string }>(`SELECT ip_hash FROM signature WHERE email = $1`, [email]);
    expect(row?.ip_hash).toBe(hashNetworkAddress(e2eServerEnv().APP_SECRET, networkOf(elsewhere)));
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("refuses a network past its limit with the English message and gives the values back", async ({
      page,
    }) => {
      const limited = freshLoopbackAddress();
      await exhaustSigningLimit(limited);
      await postFormsFrom(page, { current: limited });

      const email = uniqueEmail("limited-en");
      await page.goto("/en/sign");
      await page.getByLabel("Full name").fill("John Smith");
      await page.getByLabel("Email", { exact: true }).fill(email);
      await page.getByLabel("Where do you live?").selectOption({ label: "Outside Mexico" });
      await page.getByLabel("Country", { exact: true }).selectOption({ label: "Canada" });
      await page.getByLabel(/I have read and accept the privacy notice/).check();
      await page.getByRole("button", { name: "Sign" }).click();

      await expect(page.getByRole("form").getByRole("alert")).toHaveText(ENGLISH_LIMIT_MESSAGE);
      await expect(page.getByLabel("Full name")).toHaveValue("John Smith");
      await expect(page.getByLabel("Email", { exact: true })).toHaveValue(email);
      await expect(page.getByLabel("Where do you live?")).toHaveValue("abroad");
      await expect(page.getByLabel("Country", { exact: true })).toHaveValue("CA");
      expect(await storedRows(email)).toBe(0);
    });
  });
});

test.describe("the hidden field bots fill", () => {
  test("answers a bot's native post like a person's, and stores and emails nothing", async () => {
    const hidden = await petitionFormFields();
    const bot = uniqueEmail("bot");
    const person = uniqueEmail("person");
    const from = freshLoopbackAddress();

    const botAnswer = await postForm(
      signatureFields(hidden, { email: bot, website: "https://spam.example" }),
      {
        localAddress: from,
      },
    );
    const personAnswer = await postForm(signatureFields(hidden, { email: person }), { localAddress: from });
    // Nothing in the answer tells the bot it was seen.
    expect(botAnswer.status).toBe(303);
    expect(personAnswer.status).toBe(303);
    expect(new URL(botAnswer.headers.location!, baseURL).pathname).toBe("/es/firmar/gracias");
    expect(botAnswer.headers.location).toBe(personAnswer.headers.location);

    expect(await storedRows(bot)).toBe(0);
    expect(await storedRows(person)).toBe(1);
    // The person's confirmation arrives; by then the bot's would have too, had there been one.
    await emailsTo(person);
    const response = await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(bot)}`);
    expect(await response.json()).toEqual([]);
  });

  test("sends a bot that fills every field in the browser to the usual thank-you page, storing nothing", async ({
    page,
  }) => {
    const email = uniqueEmail("browser-bot");
    await page.goto("/es/firmar");
    await page.getByLabel("Nombre completo").fill("Bot Automático");
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("¿Dónde vives?").selectOption({ label: "Jalisco" });
    await page.getByLabel(/Leí y acepto el aviso de privacidad/).check();
    // People never see or reach the field; a script filling the form by name does.
    await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => {
      input.value = "https://spam.example";
    });
    await page.getByRole("button", { name: "Firmar" }).click();

    await expect(page).toHaveURL(/\/es\/firmar\/gracias$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisa tu correo para confirmar");
    expect(await storedRows(email)).toBe(0);
  });
});
