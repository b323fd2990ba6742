import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalMailer, createResendMailer } from "@/lib/email/mailer";
import { emailTasks } from "@/lib/jobs/email-tasks";
import { signPetition } from "@/lib/petition/sign";
import { deriveToken, hashToken } from "@/lib/security/tokens";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { SECRET, confirmTokenFor, newSignature, signatureByEmail } from "./support/signatures";

let fake: FakeResend;
let taskList: ReturnType<typeof emailTasks>;

beforeAll(async () => {
  fake = await startFakeResend();
  // The real SDK, pointed at the local fake through the variable it reads.
  process.env.RESEND_BASE_URL = fake.url;
  const mailer = createResendMailer("re_test_key", "Campaign <firmas@example.org>");
  taskList = emailTasks({ db: db(), mailer, secret: SECRET, siteUrl: "https://petition.example" });
});

afterAll(async () => {
  await fake.close();
});

const work = () => runOnce({ connectionString: process.env.DATABASE_URL!, taskList, noHandleSignals: true });

describe("the email worker", () => {
  it("sends the confirmation in the signer's language with working links", async () => {
    const signature = newSignature({ locale: "en", name: "Jane <b>Doe</b>" });
    await signPetition({ db: db(), secret: SECRET }, signature);
    await work();

    const [email] = fake.emails.filter((e) => e.to.includes(signature.email));
    expect(email?.subject).toBe("Confirm your signature for the Budapest Convention");
    const token = await confirmTokenFor(signature.email);
    expect(email?.text).toContain(`https://petition.example/en/confirm/${token}`);
    expect(email?.text).toMatch(/https:\/\/petition\.example\/en\/withdraw\/[A-Za-z0-9_-]{43}/);
    // The name was typed by whoever filled in the form, not yet by the mailbox's owner.
    expect(email?.html).not.toContain("Jane");
    expect(email?.text).not.toContain("Jane");
  });

  it("tells a signer who asked for news how to stop it, and no one else", async () => {
    const wantsNews = newSignature({ locale: "es", wantsUpdates: true });
    const noNews = newSignature({ locale: "es", wantsUpdates: false });
    await signPetition({ db: db(), secret: SECRET }, wantsNews);
    await signPetition({ db: db(), secret: SECRET }, noNews);
    await work();

    const row = await signatureByEmail(wantsNews.email);
    const token = deriveToken(SECRET, "unsubscribe", row!.id);
    const [withLine] = fake.emails.filter((e) => e.to.includes(wantsNews.email));
    expect(withLine?.text).toContain(`https://petition.example/es/dejar-de-recibir-noticias/${token}`);
    expect(withLine?.html).toContain(`href="https://petition.example/es/dejar-de-recibir-noticias/${token}"`);
    // The link is the one the signature's stored hash opens.
    expect(row?.unsubscribeTokenHash).toBe(hashToken(token));

    const [withoutLine] = fake.emails.filter((e) => e.to.includes(noNews.email));
    expect(withoutLine?.subject).toBe("Confirma tu firma por el Convenio de Budapest");
    expect(withoutLine?.text).not.toContain("dejar-de-recibir-noticias");
  });

  it("retries a failed send later instead of losing it", async () => {
    const signature = newSignature();
    await signPetition({ db: db(), secret: SECRET }, signature);
    fake.failNext(1);
    await work();
    expect(fake.emails.filter((e) => e.to.includes(signature.email))).toHaveLength(0);

    const row = await signatureByEmail(signature.email);
    const [job] = await db().$queryRaw<{ attempts: number; last_error: string }[]>`
      SELECT attempts, last_error FROM graphile_worker._private_jobs WHERE payload->>'signatureId' = ${row!.id}`;
    expect(job?.attempts).toBe(1);
    expect(job?.last_error).toContain("Resend refused the email");
    expect(job?.last_error).not.toContain(signature.email);

    // Skip the backoff wait, then the job runs again and delivers.
    await db()
      .$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE payload->>'signatureId' = ${row!.id}`;
    await work();
    expect(fake.emails.filter((e) => e.to.includes(signature.email))).toHaveLength(1);
  });

  it("never delivers twice when the same job runs again after a timeout", async () => {
    const signature = newSignature();
    await signPetition({ db: db(), secret: SECRET }, signature);
    const row = await signatureByEmail(signature.email);
    const requestsBefore = fake.requests();
    const helpers = { job: { id: "1" } } as never;
    await taskList["send-confirmation"]!({ signatureId: row!.id }, helpers);
    await taskList["send-confirmation"]!({ signatureId: row!.id }, helpers);

    expect(fake.requests() - requestsBefore).toBe(2);
    expect(fake.emails.filter((e) => e.to.includes(signature.email))).toHaveLength(1);
  });
});

describe("the local outbox", () => {
  it("keeps emails on this machine when no Resend key is set", async () => {
    const to = `outbox.${Date.now()}@example.org`;
    const requestsBefore = fake.requests();
    await createLocalMailer(db()).send({
      to,
      subject: "Asunto",
      html: "<p>Hola</p>",
      text: "Hola",
      idempotencyKey: `outbox:${to}`,
    });

    const stored = await db().localEmail.findMany({ where: { to }, select: { subject: true, text: true } });
    expect(stored).toEqual([{ subject: "Asunto", text: "Hola" }]);
    expect(fake.requests()).toBe(requestsBefore);
  });

  it("stores an email once when a retried job sends it again with the same key, as Resend delivers it once", async () => {
    const to = `retried.${Date.now()}@example.org`;
    const mailer = createLocalMailer(db());
    const email = { to, html: "<p>Hola</p>", text: "Hola", idempotencyKey: `confirm:${to}` };
    await mailer.send({ ...email, subject: "Primera" });
    await mailer.send({ ...email, subject: "Segunda" });
    await mailer.send({ ...email, subject: "Otra clave", idempotencyKey: `reminder:${to}` });

    const stored = await db().localEmail.findMany({
      where: { to },
      select: { subject: true },
      orderBy: { createdAt: "asc" },
    });
    expect(stored.map((email) => email.subject).sort()).toEqual(["Otra clave", "Primera"]);
  });
});
