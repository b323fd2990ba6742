import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createResendMailer } from "@/lib/email/mailer";
import { emailTasks } from "@/lib/jobs/email-tasks";
import { queueConfirmationReminders } from "@/lib/jobs/reminders";
import { inspectConfirmToken } from "@/lib/petition/confirm";
import { deriveToken } from "@/lib/security/tokens";
import type { CampaignSettings } from "@/lib/settings/schema";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { deleteSigners, insertSigner, SECRET, type TestSigner } from "./support/news-signers";

const SITE = "https://petition.example";
const HOUR = 60 * 60_000;
// A clock of its own, years before any other test's signatures: only this file's are due.
const SIGNED_AT = new Date("2021-03-01T12:00:00.000Z");
const at = (hours: number) => new Date(SIGNED_AT.getTime() + hours * HOUR);

let fake: FakeResend;
let taskList: ReturnType<typeof emailTasks>;
const signers: TestSigner[] = [];

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_BASE_URL = fake.url;
  const mailer = createResendMailer("re_test_key", "Campaign <firmas@example.org>");
  taskList = emailTasks({ db: db(), mailer, secret: SECRET, siteUrl: SITE });
});

beforeEach(() => fake.reset());

afterAll(async () => {
  await deleteSigners(signers);
  await fake.close();
});

const work = () => runOnce({ connectionString: process.env.DATABASE_URL!, taskList, noHandleSignals: true });

async function pendingSigner(options: Parameters<typeof insertSigner>[0] = {}) {
  const created = await insertSigner({ status: "PENDING", issuedAt: SIGNED_AT, ...options });
  signers.push(created);
  return created;
}

const remind = (now: Date, settings: CampaignSettings = {}) =>
  queueConfirmationReminders({ db: db(), secret: SECRET, settings, now });

const row = (signer: TestSigner) =>
  db().signature.findUniqueOrThrow({
    where: { id: signer.id },
    select: { reminderSentAt: true, confirmTokenIssuedAt: true, confirmTokenHash: true, status: true },
  });

const emailsTo = (address: string) => fake.emails.filter((email) => email.to.includes(address));

describe("the confirmation reminder", () => {
  it("waits 24 hours after the latest link", async () => {
    const signer = await pendingSigner();
    const before = await row(signer);
    await remind(at(23.9));
    await work();
    expect(await row(signer)).toEqual(before);
    expect(fake.requestsTo(signer.email)).toBe(0);
  });

  it("sends one reminder with a fresh link after a day, and never a second", async () => {
    const signer = await pendingSigner({ locale: "en" });
    const oldToken = deriveToken(SECRET, "confirm", signer.id, SIGNED_AT);
    const now = at(25);

    expect(await remind(now)).toBeGreaterThanOrEqual(1);
    await work();

    const renewed = await row(signer);
    expect(renewed.reminderSentAt).toEqual(now);
    expect(renewed.confirmTokenIssuedAt).toEqual(now);
    const freshToken = deriveToken(SECRET, "confirm", signer.id, now);
    // The old link stops working; the fresh one works.
    expect(await inspectConfirmToken(db(), oldToken, now)).toBe("invalid");
    expect(await inspectConfirmToken(db(), freshToken, now)).toBe("pending");

    const [email] = emailsTo(signer.email);
    expect(emailsTo(signer.email)).toHaveLength(1);
    expect(email?.subject).toBe("Your signature for the Budapest Convention does not count yet");
    expect(email?.text).toContain(`${SITE}/en/confirm/${freshToken}`);
    expect(email?.text).not.toContain(oldToken);
    expect(email?.text).toMatch(new RegExp(`${SITE}/en/withdraw/[A-Za-z0-9_-]{43}`));
    expect(email?.text).toContain("This is the only reminder we will send.");
    // It asked for news: the email says how to stop it.
    expect(email?.text).toContain(`${SITE}/en/unsubscribe/${signer.unsubscribeToken}`);
    expect(email?.html).not.toContain("Ana");

    // A day and more later still pending: no second reminder.
    await remind(at(80));
    await work();
    expect(await row(signer)).toEqual(renewed);
    expect(fake.requestsTo(signer.email)).toBe(1);
  });

  it("writes in Spanish and leaves out the news line for a signer who did not ask for news", async () => {
    const signer = await pendingSigner({ locale: "es", wantsUpdates: false });
    await remind(at(26));
    await work();
    const [email] = emailsTo(signer.email);
    expect(email?.subject).toBe("Tu firma por el Convenio de Budapest todavía no cuenta");
    expect(email?.text).toContain(
      `${SITE}/es/confirmar/${deriveToken(SECRET, "confirm", signer.id, at(26))}`,
    );
    expect(email?.text).not.toContain("dejar-de-recibir-noticias");
  });

  it("sends none while the setting is off", async () => {
    const signer = await pendingSigner();
    expect(await remind(at(30), { confirmationReminder: false })).toBe(0);
    await work();
    expect((await row(signer)).reminderSentAt).toBeNull();
    expect(fake.requestsTo(signer.email)).toBe(0);
    // Turned back on, the reminder goes.
    await remind(at(31), { confirmationReminder: true });
    expect((await row(signer)).reminderSentAt).toEqual(at(31));
  });

  it("sends none while the petition is closed or not yet open", async () => {
    const signer = await pendingSigner();
    expect(await remind(at(30), { closesAt: at(29).toISOString() })).toBe(0);
    expect(await remind(at(30), { opensAt: at(40).toISOString() })).toBe(0);
    await work();
    expect((await row(signer)).reminderSentAt).toBeNull();
    expect(fake.requestsTo(signer.email)).toBe(0);
  });

  it("sends none to confirmed or withdrawn signatures", async () => {
    const confirmed = await insertSigner({ status: "CONFIRMED", issuedAt: SIGNED_AT });
    const withdrawn = await insertSigner({ status: "WITHDRAWN", issuedAt: SIGNED_AT });
    signers.push(confirmed, withdrawn);
    await remind(at(48));
    await work();
    expect((await row(confirmed)).reminderSentAt).toBeNull();
    expect((await row(withdrawn)).reminderSentAt).toBeNull();
    expect(fake.requestsTo(confirmed.email)).toBe(0);
  });

  it("counts from the latest link: a link renewed an hour ago is not due", async () => {
    const signer = await pendingSigner({ issuedAt: at(24) });
    await remind(at(25));
    expect((await row(signer)).reminderSentAt).toBeNull();
    await remind(at(48.5));
    expect((await row(signer)).reminderSentAt).toEqual(at(48.5));
  });
});
