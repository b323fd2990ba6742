import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/news/unsubscribe/[token]/route";
import { unsubscribeAction } from "@/components/unsubscribe/actions";
import { db } from "@/lib/db";
import { unsubscribeFromNews } from "@/lib/news/unsubscribe";
import { deleteSigners, insertSigner, type TestSigner } from "./support/news-signers";

const signers: TestSigner[] = [];
const updates: string[] = [];

afterAll(async () => {
  await deleteSigners(signers);
  await db().newsDelivery.deleteMany({ where: { updateId: { in: updates } } });
  await db().newsUpdate.deleteMany({ where: { id: { in: updates } } });
});

async function signer(options: Parameters<typeof insertSigner>[0] = {}) {
  const created = await insertSigner(options);
  signers.push(created);
  return created;
}

/** A published update with a delivery waiting for this signer. */
async function queuedDelivery(signatureId: string) {
  const id = randomUUID();
  updates.push(id);
  await db().newsUpdate.create({
    data: {
      id,
      slug: `baja-${id.slice(0, 8)}`,
      status: "PUBLISHED",
      titleEs: "Novedad",
      bodyEs: "Texto",
      titleEn: "Update",
      bodyEn: "Text",
      authorEmail: "organizer@example.org",
      publishedAt: new Date(),
      emailQueuedAt: new Date(),
    },
  });
  await db().newsDelivery.create({ data: { updateId: id, signatureId } });
  return id;
}

const oneClick = (token: string, body = "List-Unsubscribe=One-Click") =>
  POST(
    new Request(`https://petition.example/api/news/unsubscribe/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    }),
    { params: Promise.resolve({ token }) },
  );

const pressButton = (token: string) => {
  const form = new FormData();
  form.set("token", token);
  form.set("locale", "es");
  return unsubscribeAction({ status: "idle" }, form);
};

async function stateOf(signer: TestSigner) {
  const signature = await db().signature.findUniqueOrThrow({
    where: { id: signer.id },
    select: { wantsUpdates: true, status: true },
  });
  const events = await db().consentEvent.findMany({
    where: { signatureId: signer.id, kind: "NEWS_UNSUBSCRIBED" },
    select: { locale: true, wantsUpdates: true, noticeId: true, showName: true, occurredAt: true },
  });
  return { ...signature, events };
}

describe("the one-click unsubscribe address (RFC 8058)", () => {
  it("stops news at once, skips waiting deliveries and records the consent event", async () => {
    const reader = await signer({ locale: "en" });
    const updateId = await queuedDelivery(reader.id);

    const response = await oneClick(reader.unsubscribeToken);
    expect(response.status).toBe(200);

    const state = await stateOf(reader);
    expect(state.wantsUpdates).toBe(false);
    // The signature itself is untouched: it still counts.
    expect(state.status).toBe("CONFIRMED");
    expect(state.events).toEqual([
      { locale: "en", wantsUpdates: false, noticeId: null, showName: null, occurredAt: expect.any(Date) },
    ]);
    const delivery = await db().newsDelivery.findUniqueOrThrow({
      where: { updateId_signatureId: { updateId, signatureId: reader.id } },
    });
    expect(delivery.status).toBe("SKIPPED");
  });

  it("answers the same for an unknown or malformed token and changes nothing", async () => {
    const bystander = await signer();
    const known = await oneClick((await signer()).unsubscribeToken);
    const unknown = await oneClick("A".repeat(43));
    const malformed = await oneClick("not-a-token");
    for (const response of [unknown, malformed]) {
      expect(response.status).toBe(known.status);
      expect(await response.text()).toBe(await known.clone().text());
    }
    expect(await stateOf(bystander)).toMatchObject({ wantsUpdates: true, events: [] });
  });

  it("records one event however many times it is used", async () => {
    const reader = await signer();
    for (let i = 0; i < 3; i += 1) expect((await oneClick(reader.unsubscribeToken)).status).toBe(200);
    expect(await pressButton(reader.unsubscribeToken)).toEqual({ status: "done" });
    expect((await stateOf(reader)).events).toHaveLength(1);
  });

  it("refuses a POST without the one-click field and leaves news on", async () => {
    const reader = await signer();
    expect((await oneClick(reader.unsubscribeToken, "")).status).toBe(400);
    expect((await stateOf(reader)).wantsUpdates).toBe(true);
  });

  it("sends a browser to the page in the signer's language without unsubscribing", async () => {
    const english = await signer({ locale: "en" });
    const spanish = await signer({ locale: "es" });
    const open = (token: string) =>
      GET(new Request(`https://petition.example/api/news/unsubscribe/${token}`), {
        params: Promise.resolve({ token }),
      });

    const toEnglish = await open(english.unsubscribeToken);
    expect(toEnglish.status).toBe(303);
    expect(toEnglish.headers.get("location")).toBe(`/en/unsubscribe/${english.unsubscribeToken}`);
    const toSpanish = await open(spanish.unsubscribeToken);
    expect(toSpanish.headers.get("location")).toBe(
      `/es/dejar-de-recibir-noticias/${spanish.unsubscribeToken}`,
    );
    const unknown = await open("B".repeat(43));
    expect(unknown.headers.get("location")).toBe(`/es/dejar-de-recibir-noticias/${"B".repeat(43)}`);

    expect((await stateOf(english)).wantsUpdates).toBe(true);
    expect((await stateOf(spanish)).wantsUpdates).toBe(true);
  });
});

describe("the unsubscribe page's button", () => {
  it("stops news at once and records the consent event", async () => {
    const reader = await signer();
    const updateId = await queuedDelivery(reader.id);

    expect(await pressButton(reader.unsubscribeToken)).toEqual({ status: "done" });

    const state = await stateOf(reader);
    expect(state).toMatchObject({ wantsUpdates: false, status: "CONFIRMED" });
    expect(state.events).toHaveLength(1);
    expect(state.events[0]?.locale).toBe("es");
    const delivery = await db().newsDelivery.findUniqueOrThrow({
      where: { updateId_signatureId: { updateId, signatureId: reader.id } },
    });
    expect(delivery.status).toBe("SKIPPED");
  });

  it("gives the same answer for a token that matches nobody", async () => {
    expect(await pressButton("C".repeat(43))).toEqual({ status: "done" });
    expect(await pressButton("")).toEqual({ status: "done" });
  });

  it("leaves sent deliveries as they were", async () => {
    const reader = await signer();
    const updateId = await queuedDelivery(reader.id);
    await db().newsDelivery.update({
      where: { updateId_signatureId: { updateId, signatureId: reader.id } },
      data: { status: "SENT", sentAt: new Date() },
    });
    expect(await unsubscribeFromNews(db(), reader.unsubscribeToken)).toBe(true);
    const delivery = await db().newsDelivery.findUniqueOrThrow({
      where: { updateId_signatureId: { updateId, signatureId: reader.id } },
    });
    expect(delivery.status).toBe("SENT");
    // A second time there is nothing left to stop.
    expect(await unsubscribeFromNews(db(), reader.unsubscribeToken)).toBe(false);
  });
});
