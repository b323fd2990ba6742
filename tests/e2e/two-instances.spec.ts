// Two instances of the production artifact on one database, as a deployment with several
// servers runs: the e2e server (A) and a second one (B) started here on the next port, on
// the same PostgreSQL. What one instance does, the other sees: the cached count (shared Next
// cache, tag revalidations over NOTIFY, lib/cache/), one signature per email, one network
// budget, and one email per confirmation link however many workers poll the queue.
//
// It confirms a signature, so it runs after the specs that expect a new campaign (the
// chromium project's files run in name order: this one is last).
import type { Browser } from "@playwright/test";
import pg from "pg";
import { parseServerEnv } from "@/lib/env";
import { signLimit } from "@/lib/petition/rate-limit";
import { hashNetworkAddress, networkOf } from "@/lib/security/client-address";
import { createRateLimiter } from "@/lib/security/rate-limit";
import { baseURL, e2eDatabaseUrl, fakeResendUrl } from "../../playwright.config";
import { startFakeResend, type FakeResend, type RecordedEmail } from "../support/fake-resend";
import { startArtifactServer, webServerEnv, type ArtifactServer } from "./support/artifact-server";
import { storedRows } from "./support/database";
import { expect, test } from "./support/fixtures";
import { linkIn, uniqueEmail } from "./support/mailbox";
import { petitionFormFields, postForm, signatureFields } from "./support/native-form";

const origins = { a: baseURL, b: `http://localhost:${Number(new URL(baseURL).port) + 1}` } as const;
type Instance = keyof typeof origins;

let instanceB: ArtifactServer | undefined;
// B sends its emails here, A to the global fake: an email sent by both would show in both.
let fakeResendB: FakeResend;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  fakeResendB = await startFakeResend(0);
  instanceB = await startArtifactServer({
    port: Number(new URL(origins.b).port),
    settings: { RESEND_BASE_URL: fakeResendB.url },
    logFile: ".data/e2e-instance-b.log",
  });
});

test.afterAll(async () => {
  await instanceB?.stop();
  await fakeResendB?.close();
});

/** A loopback address of its own per call: a network no other spec signs from. */
let addressCounter = 0;
function freshLoopbackAddress(): string {
  addressCounter += 1;
  return `127.77.${Math.floor(Math.random() * 200) + 1}.${addressCounter}`;
}

/** Posts the petition form without JavaScript to one instance, from `localAddress`. */
async function sign(
  instance: Instance,
  fields: [string, string][],
  localAddress: string,
): Promise<{ status: number; location?: string; body: string }> {
  const answer = await postForm(fields, { origin: origins[instance], localAddress });
  return { status: answer.status, location: answer.headers.location, body: answer.body };
}

const signed = (answer: { status: number; location?: string }) =>
  answer.status === 303 && /\/es\/firmar\/gracias$/.test(answer.location ?? "");
const LIMIT_MESSAGE = /Recibimos muchas firmas desde tu red\./;

/** The emails to one address each instance's worker sent: A's to the global fake, B's to ours. */
async function sentTo(address: string): Promise<{ byA: RecordedEmail[]; byB: RecordedEmail[] }> {
  const response = await fetch(`${fakeResendUrl}/__test/emails?to=${encodeURIComponent(address)}`);
  const byA = (await response.json()) as RecordedEmail[];
  const byB = fakeResendB.emails.filter((email) => email.to.includes(address));
  return { byA, byB };
}

async function confirmationEmailTo(address: string): Promise<RecordedEmail> {
  let found: RecordedEmail | undefined;
  await expect(async () => {
    const { byA, byB } = await sentTo(address);
    found = [...byA, ...byB][0];
    expect(found).toBeDefined();
  }).toPass({ timeout: 15_000 });
  return found!;
}

async function publicTotal(instance: Instance): Promise<number> {
  const response = await fetch(`${origins[instance]}/api/stats`);
  return ((await response.json()) as { total: number }).total;
}

/** The figure the sign page of an instance shows. */
async function signPageTotal(browser: Browser, instance: Instance): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origins[instance]}/es/firmar`);
    return (
      (await page
        .getByRole("region", { name: "Firmas hasta ahora" })
        .getByRole("strong")
        .textContent({ timeout: 5_000 })) ?? ""
    );
  } finally {
    await page.close();
  }
}

test.describe("two instances on one database", () => {
  test("a signature confirmed on A raises the count B shows within a few seconds", async ({
    page,
    browser,
  }) => {
    // B has the figure cached (for a minute, unless told otherwise).
    const before = await publicTotal("b");
    await expect.poll(() => signPageTotal(browser, "b"), { timeout: 10_000 }).toBe(String(before));

    const email = uniqueEmail("two-instances");
    const hidden = await petitionFormFields();
    expect(signed(await sign("a", signatureFields(hidden, { email }), freshLoopbackAddress()))).toBe(true);
    const confirmation = await confirmationEmailTo(email);
    await page.goto(linkIn(confirmation, /http:\/\/localhost:\d+\/es\/confirmar\/[A-Za-z0-9_-]{43}/));
    await page.getByRole("button", { name: "Confirmar mi firma" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("¡Gracias! Tu firma ya cuenta");
    const confirmedAt = Date.now();

    // revalidateTag on A marks the count stale for every process: B's next reader may get
    // the old figure once while B computes the new one behind it.
    await expect.poll(() => publicTotal("b"), { timeout: 5_000, intervals: [100] }).toBe(before + 1);
    // The page: served stale once more, regenerated behind it (B's first render of it).
    await expect
      .poll(() => signPageTotal(browser, "b"), { timeout: 15_000, intervals: [100] })
      .toBe(String(before + 1));
    test.info().annotations.push({
      type: "propagation",
      description: `B showed the new count ${Date.now() - confirmedAt} ms after A confirmed`,
    });
  });

  test("the same email signed on both instances at once is one signature", async () => {
    const email = uniqueEmail("both-instances");
    const hidden = await petitionFormFields();
    const answers = await Promise.all([
      sign("a", signatureFields(hidden, { email }), freshLoopbackAddress()),
      sign("b", signatureFields(hidden, { email }), freshLoopbackAddress()),
    ]);

    expect(answers.map(signed)).toEqual([true, true]);
    expect(await storedRows(email)).toBe(1);
  });

  test("a network's signing budget counts signatures on both instances", async () => {
    const address = freshLoopbackAddress();
    const env = parseServerEnv({ ...process.env, ...webServerEnv(), DATABASE_URL: e2eDatabaseUrl() });
    // All but two of the network's signatures are used up through the server's own limiter,
    // so the last two are signed for real: one on each instance.
    const pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 1 });
    try {
      const consume = createRateLimiter(pool, "sign", signLimit(env.SIGNATURES_PER_NETWORK_PER_HOUR));
      const key = hashNetworkAddress(env.APP_SECRET, networkOf(address));
      for (let used = 0; used < env.SIGNATURES_PER_NETWORK_PER_HOUR - 2; used += 1) {
        expect((await consume(key)).allowed).toBe(true);
      }
    } finally {
      await pool.end();
    }
    const hidden = await petitionFormFields();
    const attempt = (instance: Instance) =>
      sign(instance, signatureFields(hidden, { email: uniqueEmail(`budget-${instance}`) }), address);

    expect(signed(await attempt("a"))).toBe(true);
    expect(signed(await attempt("b"))).toBe(true);
    for (const instance of ["a", "b"] as const) {
      const refused = await attempt(instance);
      expect(refused.status).toBe(200);
      expect(refused.body).toMatch(LIMIT_MESSAGE);
    }
  });

  test("each confirmation email is sent once, whichever instance's worker takes it", async () => {
    const hidden = await petitionFormFields();
    const emails = Array.from({ length: 8 }, (_, index) => uniqueEmail(`queue-${index}`));
    await Promise.all(
      emails.map(async (email, index) => {
        const answer = await sign(
          index % 2 === 0 ? "a" : "b",
          signatureFields(hidden, { email }),
          freshLoopbackAddress(),
        );
        expect(signed(answer)).toBe(true);
      }),
    );

    // B's fake counts every request (a repeated idempotency key too); A's lists what it
    // delivered, so anything both sent shows in both.
    const sentBy = async (email: string) => ({
      byA: (await sentTo(email)).byA.length,
      byB: fakeResendB.requestsTo(email),
    });
    await expect
      .poll(async () => (await Promise.all(emails.map(sentBy))).every(({ byA, byB }) => byA + byB >= 1), {
        timeout: 20_000,
      })
      .toBe(true);
    // Time for a second worker to send anything twice.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const sent = await Promise.all(emails.map(sentBy));
    expect(sent.map(({ byA, byB }) => byA + byB)).toEqual(emails.map(() => 1));
    test.info().annotations.push({
      type: "workers",
      description: `A sent ${sent.reduce((sum, { byA }) => sum + byA, 0)}, B sent ${sent.reduce((sum, { byB }) => sum + byB, 0)}`,
    });
  });
});
