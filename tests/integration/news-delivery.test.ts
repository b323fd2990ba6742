import { randomUUID } from "node:crypto";
import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createResendMailer } from "@/lib/email/mailer";
import { emailTasks } from "@/lib/jobs/email-tasks";
import { NEWS_MAX_ATTEMPTS, NEWS_SEND_BATCH } from "@/lib/jobs/names";
import { newsAudience, newsDeliveryProgress, queueNewsEmail } from "@/lib/news/delivery";
import { fanOutNews, newsTasks } from "@/lib/news/tasks";
import { unsubscribeFromNews } from "@/lib/news/unsubscribe";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { deleteSigners, insertSigner, SECRET, type TestSigner } from "./support/news-signers";

const SITE = "https://petition.example";
let fake: FakeResend;
let taskList: ReturnType<typeof emailTasks>;
const signers: TestSigner[] = [];
const updates: string[] = [];

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_BASE_URL = fake.url;
  const mailer = createResendMailer("re_test_key", "Campaign <firmas@example.org>");
  taskList = {
    ...emailTasks({ db: db(), mailer, secret: SECRET, siteUrl: SITE }),
    // Two per batch, so every mailing here runs through several batch jobs.
    ...newsTasks({ db: db(), mailer, secret: SECRET, siteUrl: SITE, emailsPerSecond: 1000, batchSize: 2 }),
  };
});

beforeEach(() => fake.reset());

afterAll(async () => {
  await deleteSigners(signers);
  await db().newsDelivery.deleteMany({ where: { updateId: { in: updates } } });
  await db().newsUpdate.deleteMany({ where: { id: { in: updates } } });
  await fake.close();
});

/**
 * Runs the jobs until none is ready. A batch queues the next one while it still holds the
 * news queue, so a single runOnce may end with that one still waiting its turn.
 */
async function work() {
  for (let round = 0; round < 50; round += 1) {
    await runOnce({ connectionString: process.env.DATABASE_URL!, taskList, noHandleSignals: true });
    const [ready] = await db().$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = ANY(${Object.keys(taskList)}::text[]) AND j.run_at <= now()
        AND j.locked_at IS NULL AND j.attempts < j.max_attempts`;
    if (!ready?.count) return;
  }
  throw new Error("jobs still ready after 50 rounds");
}

async function signer(options: Parameters<typeof insertSigner>[0] = {}) {
  const created = await insertSigner(options);
  signers.push(created);
  return created;
}

async function publishedUpdate(overrides: { status?: "DRAFT" | "PUBLISHED"; bodyEs?: string } = {}) {
  const id = randomUUID();
  updates.push(id);
  await db().newsUpdate.create({
    data: {
      id,
      slug: `avance-${id.slice(0, 8)}`,
      status: overrides.status ?? "PUBLISHED",
      titleEs: "El Senado recibe la petición",
      bodyEs:
        overrides.bodyEs ??
        "Entregamos las firmas el lunes.\n\nLee la [minuta](https://example.org/minuta) <b>completa</b>.",
      titleEn: "The Senate receives the petition",
      bodyEn: "We delivered the signatures on Monday.\n\nRead the full record: https://example.org/record.",
      authorEmail: "organizer@example.org",
      publishedAt: overrides.status === "DRAFT" ? null : new Date(),
    },
  });
  return id;
}

const emailsTo = (address: string) => fake.emails.filter((email) => email.to.includes(address));

/** Moves every waiting retry of the news batches to now, as if its backoff had passed. */
async function skipBackoff(updateId: string, { lastAttempt = false } = {}) {
  await db().$executeRaw`
    UPDATE graphile_worker._private_jobs j SET run_at = now(),
      attempts = CASE WHEN ${lastAttempt} THEN j.max_attempts - 1 ELSE j.attempts END
    FROM graphile_worker._private_tasks t
    WHERE t.id = j.task_id AND t.identifier = ${NEWS_SEND_BATCH} AND j.payload->>'updateId' = ${updateId}`;
}

async function eligibleCount() {
  return db().signature.count({ where: { status: "CONFIRMED", wantsUpdates: true, email: { not: null } } });
}

describe("emailing an update", () => {
  it("sends it once to each confirmed signer who asked, in their language, with one-click unsubscribe", async () => {
    const spanish = await signer({ locale: "es" });
    const english = await signer({ locale: "en" });
    const notAsked = await signer({ wantsUpdates: false });
    const pending = await signer({ status: "PENDING" });
    const withdrawn = await signer({ status: "WITHDRAWN" });
    const updateId = await publishedUpdate();
    const audience = await eligibleCount();

    expect(await queueNewsEmail(db(), updateId)).toBe("queued");
    await work();

    const [es] = emailsTo(spanish.email);
    expect(emailsTo(spanish.email)).toHaveLength(1);
    expect(es?.subject).toBe("El Senado recibe la petición");
    expect(es?.text).toContain("Entregamos las firmas el lunes.");
    expect(es?.text).toContain(`${SITE}/es/novedades/avance-${updateId.slice(0, 8)}`);
    expect(es?.text).toContain(`${SITE}/es/dejar-de-recibir-noticias/${spanish.unsubscribeToken}`);
    // The organizer's text is text: markup in it is shown, never interpreted.
    expect(es?.html).toContain("&lt;b&gt;completa&lt;/b&gt;");
    expect(es?.html).toContain('<a href="https://example.org/minuta"');
    expect(es?.headers).toEqual({
      "List-Unsubscribe": `<${SITE}/api/news/unsubscribe/${spanish.unsubscribeToken}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(es?.idempotencyKey).toBe(`news:${updateId}:${spanish.id}`);
    expect(es?.html).not.toContain("Ana");

    const [en] = emailsTo(english.email);
    expect(emailsTo(english.email)).toHaveLength(1);
    expect(en?.subject).toBe("The Senate receives the petition");
    expect(en?.text).toContain(`${SITE}/en/news/avance-${updateId.slice(0, 8)}`);
    expect(en?.text).toContain(`${SITE}/en/unsubscribe/${english.unsubscribeToken}`);

    for (const left of [notAsked, pending, withdrawn]) expect(fake.requestsTo(left.email)).toBe(0);

    const progress = await newsDeliveryProgress(db(), updateId);
    expect(progress).toMatchObject({ total: audience, queued: 0, sent: audience, skipped: 0, failed: 0 });
    expect(progress.queuedAt).toBeInstanceOf(Date);
    // Every recipient has their own key: a repeated key never stands for two people.
    const keys = fake.emails.map((email) => email.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("sends nothing more when the update is queued a second time", async () => {
    const reader = await signer();
    const updateId = await publishedUpdate();
    expect(await queueNewsEmail(db(), updateId)).toBe("queued");
    await work();
    expect(emailsTo(reader.email)).toHaveLength(1);
    const requests = fake.requests();

    expect(await queueNewsEmail(db(), updateId)).toBe("already-queued");
    await work();
    expect(fake.requests()).toBe(requests);
    expect(emailsTo(reader.email)).toHaveLength(1);
  });

  it("refuses a draft or an unknown update", async () => {
    const draft = await publishedUpdate({ status: "DRAFT" });
    expect(await queueNewsEmail(db(), draft)).toBe("not-published");
    expect(await queueNewsEmail(db(), randomUUID())).toBe("not-published");
    expect(await queueNewsEmail(db(), "not-a-uuid")).toBe("not-published");
    expect((await db().newsUpdate.findUnique({ where: { id: draft } }))?.emailQueuedAt).toBeNull();
  });

  it("writes no delivery for a job whose update no longer exists", async () => {
    const missing = randomUUID();
    await expect(fanOutNews(db(), missing)).resolves.toBe(0);
    expect(await db().newsDelivery.count({ where: { updateId: missing } })).toBe(0);
  });

  it("delivers each recipient exactly once when the provider fails midway", async () => {
    const readers = [await signer(), await signer({ locale: "en" }), await signer(), await signer()];
    const [, unlucky, rateLimited] = readers;
    const updateId = await publishedUpdate();
    // One recipient's first request fails with a 500, another's with a 429.
    fake.fail({ to: unlucky!.email, count: 1, status: 500 });
    fake.fail({ to: rateLimited!.email, count: 1, status: 429 });

    await queueNewsEmail(db(), updateId);
    await work();
    const afterFailure = await newsDeliveryProgress(db(), updateId);
    expect(afterFailure.queued).toBeGreaterThan(0);
    expect(afterFailure.failed).toBe(0);

    // The batch waits for its retry; each retry is run as soon as it fails.
    for (let retry = 0; retry < 5 && (await newsDeliveryProgress(db(), updateId)).queued > 0; retry += 1) {
      await skipBackoff(updateId);
      await work();
    }

    for (const reader of readers) expect(emailsTo(reader.email)).toHaveLength(1);
    // Requests reached the provider once per recipient, plus once per injected failure.
    expect(fake.requestsTo(unlucky!.email)).toBe(2);
    expect(fake.requestsTo(rateLimited!.email)).toBe(2);
    for (const reader of [readers[0]!, readers[3]!]) expect(fake.requestsTo(reader.email)).toBe(1);
    const progress = await newsDeliveryProgress(db(), updateId);
    expect(progress).toMatchObject({ queued: 0, failed: 0, sent: progress.total });
  });

  it("marks a recipient FAILED after the last attempt and sends to everyone else", async () => {
    const refused = await signer();
    const others = [await signer(), await signer(), await signer()];
    const updateId = await publishedUpdate();
    fake.fail({ to: refused.email, count: Infinity });

    await queueNewsEmail(db(), updateId);
    await work();
    for (let retry = 0; retry < 5 && (await newsDeliveryProgress(db(), updateId)).queued > 0; retry += 1) {
      await skipBackoff(updateId, { lastAttempt: true });
      await work();
    }

    const progress = await newsDeliveryProgress(db(), updateId);
    expect(progress).toMatchObject({ queued: 0, failed: 1, sent: progress.total - 1 });
    expect(
      await db().newsDelivery.findUnique({
        where: { updateId_signatureId: { updateId, signatureId: refused.id } },
      }),
    ).toMatchObject({ status: "FAILED", sentAt: null });
    for (const other of others) expect(emailsTo(other.email)).toHaveLength(1);
    expect(NEWS_MAX_ATTEMPTS).toBeGreaterThan(1);
  });

  it("skips a recipient who stopped news or withdrew after the update was queued", async () => {
    const stays = await signer();
    const stops = await signer();
    const leaves = await signer();
    const updateId = await publishedUpdate();
    await queueNewsEmail(db(), updateId);
    // Only the fan-out: the rows exist, nothing is sent yet.
    await runOnce({
      connectionString: process.env.DATABASE_URL!,
      taskList: { "news-fan-out": taskList["news-fan-out"]! },
      noHandleSignals: true,
    });
    expect((await newsDeliveryProgress(db(), updateId)).queued).toBeGreaterThanOrEqual(3);

    await unsubscribeFromNews(db(), stops.unsubscribeToken);
    // Withdrawn between the fan-out and the batch (the batch's own check must catch it).
    await db().$executeRaw`
      UPDATE "signature" SET "status" = 'WITHDRAWN', "withdrawn_at" = now(), "name" = NULL, "email" = NULL,
        "email_canonical" = NULL, "ip_hash" = NULL, "confirm_token_hash" = NULL, "withdraw_token_hash" = NULL,
        "unsubscribe_token_hash" = NULL
      WHERE "id" = ${leaves.id}::uuid`;
    await work();

    expect(emailsTo(stays.email)).toHaveLength(1);
    expect(fake.requestsTo(stops.email)).toBe(0);
    expect(fake.requestsTo(leaves.email)).toBe(0);
    const statusOf = async (signatureId: string) =>
      (await db().newsDelivery.findUnique({ where: { updateId_signatureId: { updateId, signatureId } } }))
        ?.status;
    expect(await statusOf(stays.id)).toBe("SENT");
    expect(await statusOf(stops.id)).toBe("SKIPPED");
    expect(await statusOf(leaves.id)).toBe("SKIPPED");
    expect((await newsDeliveryProgress(db(), updateId)).skipped).toBe(2);
  });

  it("counts the audience per language: confirmed signers who asked for news", async () => {
    const before = await newsAudience(db());
    await signer({ locale: "es" });
    await signer({ locale: "en" });
    await signer({ locale: "en" });
    await signer({ locale: "en", wantsUpdates: false });
    await signer({ locale: "en", status: "PENDING" });
    expect(await newsAudience(db())).toEqual({ es: before.es + 1, en: before.en + 2 });
  });

  it("reports no progress for an update never queued", async () => {
    const updateId = await publishedUpdate();
    expect(await newsDeliveryProgress(db(), updateId)).toEqual({
      queuedAt: null,
      total: 0,
      queued: 0,
      sent: 0,
      skipped: 0,
      failed: 0,
    });
  });
});
