// A named corpus of hostile requests, each its own test, against the production build.
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { baseURL, serverLogFile } from "../../playwright.config";
import { query, storedRows } from "./support/database";
import { expect, test } from "./support/fixtures";
import { emailsTo, linkIn, uniqueEmail } from "./support/mailbox";
import { petitionFormFields, postForm, signatureFields } from "./support/native-form";

const MEGABYTE = "a".repeat(1024 * 1024);

test.describe("hostile requests", () => {
  let hidden: [string, string][];
  test.beforeAll(async () => {
    hidden = await petitionFormFields();
  });

  test("answers a 1 MB field with a localized 413 at once, while the site keeps answering", async () => {
    const email = uniqueEmail("megabyte");
    const started = Date.now();
    const [answer, health] = await Promise.all([
      postForm(signatureFields(hidden, { name: MEGABYTE, email })),
      fetch(`${baseURL}/api/health`),
    ]);
    // Before, this post kept the server busy for half an hour; a generous bound, not a target.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Lo que enviaste es demasiado largo");
    expect(health.status).toBe(200);
    expect(await storedRows(email)).toBe(0);
  });

  test("refuses a body sent without a declared length with a localized 411, and the site keeps answering", async () => {
    const email = uniqueEmail("chunked");
    for (const name of ["Ana López", MEGABYTE]) {
      const answer = await postForm(signatureFields(hidden, { name, email }), { chunked: true });
      expect(answer.status).toBe(411);
      expect(answer.body).toContain("El formulario llegó sin decir cuánto mide");
    }
    expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
    expect(await storedRows(email)).toBe(0);
  });

  test("ignores forged X-Forwarded-For and X-Real-IP: signatures from one client count against one network", async () => {
    const emails = [uniqueEmail("forged-a"), uniqueEmail("forged-b")];
    for (const [index, email] of emails.entries()) {
      const forged = `203.0.113.${index + 1}`;
      const answer = await postForm(signatureFields(hidden, { email }), {
        headers: { "x-forwarded-for": forged, "x-real-ip": forged, "x-petition-client-address": forged },
      });
      expect(answer.status).toBe(303);
    }
    const rows = await query<{ ip_hash: string }>(`SELECT ip_hash FROM signature WHERE email = ANY($1)`, [
      emails,
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.ip_hash).toBe(rows[1]!.ip_hash);

    // While two clients that really are different count as two networks.
    const elsewhere = uniqueEmail("elsewhere");
    const answer = await postForm(signatureFields(hidden, { email: elsewhere }), {
      localAddress: "127.77.0.10",
    });
    expect(answer.status).toBe(303);
    const [other] = await query<{ ip_hash: string }>(`SELECT ip_hash FROM signature WHERE email = $1`, [
      elsewhere,
    ]);
    expect(other!.ip_hash).not.toBe(rows[0]!.ip_hash);
  });

  test("answers an unreadable address with a localized 400 and TRACE with 405, not a bare 500", async () => {
    const { port } = new URL(baseURL);
    const raw = (requestLine: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), "127.0.0.1", () =>
          socket.end(`${requestLine}\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`),
        );
        let answer = "";
        socket.on("data", (chunk: Buffer) => (answer += chunk.toString("utf8")));
        socket.on("end", () => resolve(answer));
        socket.on("error", reject);
      });
    for (const [line, status, title] of [
      ["GET /es/% HTTP/1.1", 400, "No podemos leer esta dirección"],
      ["GET /en/confirm/%ZZ HTTP/1.1", 400, "We cannot read this address"],
      ["TRACE /es/firmar HTTP/1.1", 405, "Esta solicitud no se admite"],
      ["TRACE /api/stats HTTP/1.1", 405, "Esta solicitud no se admite"],
    ] as const) {
      const answer = await raw(line);
      expect(answer.split("\r\n", 1)[0], line).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(answer, line).toContain(title);
    }
    expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
  });

  test("answers the form's action called with arguments no form sends with its usual state, not a 500", async () => {
    const reference = hidden.find(([name]) => name.endsWith(":0"));
    const { id } = JSON.parse(reference![1]) as { id: string };
    for (const body of [
      (() => {
        const form = new FormData();
        form.set("0", JSON.stringify([{ status: "idle" }, "x"]));
        return form;
      })(),
      "[1,2]",
    ]) {
      const answer = await fetch(`${baseURL}/en/sign`, {
        method: "POST",
        headers: { "next-action": id, origin: baseURL },
        body,
      });
      expect(answer.status).toBe(200);
      // The empty form's state: the form's own errors, nothing stored.
      expect(await answer.text()).toContain('"status":"invalid"');
    }
  });

  test("refuses a form posted from another site with a localized 403", async () => {
    const email = uniqueEmail("csrf");
    for (const origin of ["https://evil.example", "null"]) {
      const answer = await postForm(signatureFields(hidden, { email }), { headers: { origin } });
      expect(answer.status).toBe(403);
      expect(answer.body).toContain("El formulario llegó desde otro sitio web");
    }
    expect(await storedRows(email)).toBe(0);
  });

  test("keeps script and HTML in a name inert on the confirmation page", async ({ page }) => {
    const email = uniqueEmail("xss");
    const name = `<img src=x onerror="window.__pwned=1">Ana`;
    expect((await postForm(signatureFields(hidden, { name, email }))).status).toBe(303);
    const [confirmation] = await emailsTo(email);
    expect(confirmation!.html).not.toContain("<img");
    await page.goto(linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
    await expect(page.getByRole("definition").first()).toHaveText(name);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img[src=x]").count()).toBe(0);
  });

  for (const [label, name] of [
    ["a null byte", "Ana\u0000 López"],
    ["a bidirectional override", "Ana \u202Ezepól"],
    ["a zero-width joiner", "Ana\u200D López"],
  ] as const) {
    test(`refuses a name with ${label} with a localized error and keeps the form`, async () => {
      const email = uniqueEmail("invisible");
      const answer = await postForm(signatureFields(hidden, { name, email }));
      expect(answer.status).toBe(200);
      expect(answer.body).toContain("Tu nombre tiene caracteres invisibles o de control");
      expect(answer.body).toContain(email);
      expect(await storedRows(email)).toBe(0);
    });
  }

  test("stores a spreadsheet formula in a name as text only", async () => {
    const email = uniqueEmail("formula");
    expect((await postForm(signatureFields(hidden, { name: "=HYPERLINK(1;2) Ana", email }))).status).toBe(
      303,
    );
    const rows = await query<{ name: string }>(`SELECT name FROM signature WHERE email = $1`, [email]);
    // Stored as typed; every export neutralizes it (tests/unit/export-csv.test.ts).
    expect(rows[0]?.name).toBe("=HYPERLINK(1;2) Ana");
  });

  test("opens nothing with guessed, malformed or expired confirmation links", async ({ page }) => {
    for (const token of ["A".repeat(43), "..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(5000)]) {
      const response = await page.goto(`/es/confirmar/${token}`);
      expect(response!.status()).toBeLessThan(500);
      if (response!.status() === 200) {
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("No reconocemos este enlace");
      }
    }
    const email = uniqueEmail("expired");
    expect((await postForm(signatureFields(hidden, { email }))).status).toBe(303);
    const [confirmation] = await emailsTo(email);
    // Reminded already, so the reminder cron cannot renew the link before the page is opened.
    await query(
      `UPDATE signature SET confirm_token_issued_at = now() - interval '73 hours',
         reminder_sent_at = now() - interval '73 hours' WHERE email = $1`,
      [email],
    );
    await page.goto(linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Este enlace ya venció");
  });

  test("lets a stranger who pre-signs someone's address decide nothing", async ({ page }) => {
    const email = uniqueEmail("owner");
    await postForm(
      signatureFields(hidden, { email, name: "Nombre Falso", showName: "on", residence: "SON" }),
    );
    const [strangers] = await emailsTo(email);
    const strangersLink = linkIn(strangers!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/);
    // The owner opens the link and sees what would be published before anything counts.
    await page.goto(strangersLink);
    await expect(page.getByRole("definition").nth(0)).toHaveText("Nombre Falso");
    await expect(page.getByLabel("Mostrar mi nombre en la lista pública de firmas")).toBeChecked();
    // They sign with their own details instead; the stranger's link stops working.
    await postForm(signatureFields(hidden, { email, name: "Dueña Real", residence: "CMX" }));
    const emails = await emailsTo(email, 2);
    await page.goto(strangersLink);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No reconocemos este enlace");
    await page.goto(linkIn(emails[1]!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
    await expect(page.getByRole("definition").nth(0)).toHaveText("Dueña Real");
    // And whatever any form said, the person confirming decides what is published.
    const showName = page.getByLabel("Mostrar mi nombre en la lista pública de firmas");
    await expect(showName).not.toBeChecked();
    await page.getByLabel("Quiero recibir noticias de la campaña por correo").check();
    await page.getByRole("button", { name: "Confirmar mi firma" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("¡Gracias! Tu firma ya cuenta");
    const [row] = await query<{ name: string; show_name: boolean; wants_updates: boolean }>(
      `SELECT name, show_name, wants_updates FROM signature WHERE email = $1`,
      [email],
    );
    expect(row).toEqual({ name: "Dueña Real", show_name: false, wants_updates: true });
  });

  test("sends one 'already signed' email for 100 attempts on a confirmed mailbox", async ({ page }) => {
    const email = uniqueEmail("bombed");
    await postForm(signatureFields(hidden, { email }));
    const [confirmation] = await emailsTo(email);
    await page.goto(linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
    await page.getByRole("button", { name: "Confirmar mi firma" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("¡Gracias! Tu firma ya cuenta");

    for (let attempt = 0; attempt < 100; attempt += 1) {
      const answer = await postForm(signatureFields(hidden, { email, name: `Intento ${attempt}` }));
      expect(answer.status).toBe(303);
    }
    const emails = await emailsTo(email, 2);
    // Give any further email the time the worker needs to send it.
    await page.waitForTimeout(3000);
    const after = await emailsTo(email, 2);
    expect(after).toHaveLength(2);
    expect(emails[1]!.subject).toBe("Ya habías firmado por el Convenio de Budapest");
    expect(after[1]!.text).not.toContain("Intento");
  });

  test("logs nothing personal while a person signs, confirms and withdraws", async ({ page }) => {
    const email = uniqueEmail("private");
    const name = `Rosa Privada ${Date.now().toString(36)}`;
    const address = "127.77.0.9";
    expect((await postForm(signatureFields(hidden, { email, name }), { localAddress: address })).status).toBe(
      303,
    );
    const [confirmation] = await emailsTo(email);
    await page.goto(linkIn(confirmation!, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
    await page.getByRole("button", { name: "Confirmar mi firma" }).click();
    const withdraw = await page.getByRole("link", { name: "Retirar mi firma" }).getAttribute("href");
    await page.goto(withdraw!);
    await page.getByRole("button", { name: "Retirar mi firma y borrar mis datos" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tu firma fue retirada");

    const log = readFileSync(serverLogFile, "utf8");
    expect(log.length).toBeGreaterThan(0);
    for (const personal of [email, email.split("@")[0]!, name, address]) expect(log).not.toContain(personal);
  });
});
