import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmSignature, inspectConfirmToken, renewConfirmation } from "@/lib/petition/confirm";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { reconcileCounts } from "@/lib/petition/counters";
import { signPetition } from "@/lib/petition/sign";
import { deriveToken } from "@/lib/security/tokens";
import { withdrawSignature } from "@/lib/petition/withdraw";
import {
  NOTICE,
  SECRET,
  confirmTokenFor,
  counts,
  jobsFor,
  newSignature,
  signatureByEmail,
} from "./support/signatures";

const context = () => ({ db: db(), secret: SECRET });
const hoursLater = (hours: number) => new Date(Date.now() + hours * 3600_000);

describe("signing", () => {
  it("stores a pending signature with only token hashes and enqueues its confirmation email", async () => {
    const signature = newSignature();
    await signPetition(context(), signature);

    const row = await signatureByEmail(signature.email);
    expect(row).toMatchObject({ status: "PENDING", name: "Ana López", stateCode: "JAL", countryCode: "MX" });
    expect(row!.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.confirmTokenHash).not.toBe(await confirmTokenFor(signature.email));
    expect((await jobsFor(row!.id)).map((job) => job.task_identifier)).toEqual(["send-confirmation"]);
  });

  it("keeps one row per mailbox: a second pending submission replaces the first and gets a new link", async () => {
    const first = newSignature({ email: `Repeat.${Date.now()}@gmail.com` });
    expect(await signPetition(context(), first)).toBe("stored");
    const firstToken = await confirmTokenFor(first.email);
    const [local, domain] = first.email.toLowerCase().split("@");
    const again = newSignature({
      email: `${local!.replace(".", "")}+again@${domain}`,
      locale: "en",
      name: "Otra Persona",
    });
    expect(await signPetition({ ...context(), now: new Date(Date.now() + 1000) }, again)).toBe("replaced");

    const rows = await db().signature.findMany({
      where: { emailCanonical: `${local!.replace(".", "")}@gmail.com` },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Otra Persona", locale: "en", emailsInWindow: 2 });
    expect(await inspectConfirmToken(db(), firstToken)).toBe("invalid");
    expect((await jobsFor(rows[0]!.id)).map((job) => job.task_identifier)).toEqual(["send-confirmation"]);
  });

  it("keeps exactly one row when 50 signatures with the same email arrive at once", async () => {
    const email = `race.${Date.now()}@example.org`;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => signPetition(context(), newSignature({ email }))),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await db().signature.count({ where: { emailCanonical: email } })).toBe(1);
  });
});

describe("confirming", () => {
  it("counts a confirmed signature once in total, state, country and day, and twice is harmless", async () => {
    const signature = newSignature({ stateCode: "OAX" });
    await signPetition(context(), signature);
    const before = await counts();
    const token = await confirmTokenFor(signature.email);

    expect(await inspectConfirmToken(db(), token)).toBe("pending");
    const first = await confirmSignature(context(), token, NOTICE.es);
    expect(first.outcome).toBe("confirmed");
    const second = await confirmSignature(context(), token, NOTICE.es);
    expect(second.outcome).toBe("already-confirmed");

    const after = await counts();
    expect(after.total - before.total).toBe(1);
    expect(after.get("state", "OAX") - before.get("state", "OAX")).toBe(1);
    expect(after.get("country", "MX") - before.get("country", "MX")).toBe(1);
    expect(after.days - before.days).toBe(1);
    expect((await signatureByEmail(signature.email))?.status).toBe("CONFIRMED");
  });

  it("does not confirm with an unknown or malformed token", async () => {
    expect(await confirmSignature(context(), "x".repeat(43), NOTICE.es)).toEqual({ outcome: "invalid" });
    expect(await confirmSignature(context(), "../../etc", NOTICE.es)).toEqual({ outcome: "invalid" });
  });

  it("refuses an expired link and confirms with a renewed one", async () => {
    const signature = newSignature();
    await signPetition(context(), signature);
    const oldToken = await confirmTokenFor(signature.email);
    const later = hoursLater(CONFIRMATION_TTL_HOURS + 1);

    expect(await inspectConfirmToken(db(), oldToken, later)).toBe("expired");
    expect(await confirmSignature({ ...context(), now: later }, oldToken, NOTICE.es)).toEqual({
      outcome: "expired",
    });

    expect(await renewConfirmation({ ...context(), now: later }, oldToken)).toEqual({ outcome: "renewed" });
    expect(await inspectConfirmToken(db(), oldToken, later)).toBe("invalid");
    const newToken = await confirmTokenFor(signature.email);
    expect(newToken).not.toBe(oldToken);
    expect(
      (
        await confirmSignature(
          { ...context(), now: hoursLater(CONFIRMATION_TTL_HOURS + 2) },
          newToken,
          NOTICE.es,
        )
      ).outcome,
    ).toBe("confirmed");
  });
});

describe("withdrawing", () => {
  it("uncounts a confirmed signature and erases its personal data", async () => {
    const signature = newSignature({ stateCode: "YUC" });
    await signPetition(context(), signature);
    const row = await signatureByEmail(signature.email);
    await confirmSignature(context(), await confirmTokenFor(signature.email), NOTICE.es);
    const before = await counts();

    const withdrawToken = deriveToken(SECRET, "withdraw", row!.id);
    expect(await withdrawSignature(db(), withdrawToken)).toBe(true);
    expect(await withdrawSignature(db(), withdrawToken)).toBe(false);

    const after = await counts();
    expect(before.total - after.total).toBe(1);
    expect(before.get("state", "YUC") - after.get("state", "YUC")).toBe(1);
    expect(before.days - after.days).toBe(1);
    const tombstone = await db().signature.findUnique({ where: { id: row!.id } });
    expect(tombstone).toMatchObject({
      status: "WITHDRAWN",
      name: null,
      email: null,
      emailCanonical: null,
      ipHash: null,
      confirmTokenHash: null,
      withdrawTokenHash: null,
    });
  });

  it("erases a pending signature without touching the counts", async () => {
    const signature = newSignature();
    await signPetition(context(), signature);
    const row = await signatureByEmail(signature.email);
    const before = await counts();
    expect(await withdrawSignature(db(), deriveToken(SECRET, "withdraw", row!.id))).toBe(true);
    expect((await counts()).total).toBe(before.total);
  });
});

describe("reconciling the counters", () => {
  it("finds nothing after normal use, reports a tampered counter, and repairs it", async () => {
    expect(await reconcileCounts(db())).toEqual([]);
    await db().$executeRaw`UPDATE "signature_count" SET "count" = "count" + 5 WHERE "scope" = 'total'`;

    const mismatches = await reconcileCounts(db(), { fix: true });
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ scope: "total", code: "all" });
    expect(mismatches[0]!.counter - mismatches[0]!.actual).toBe(5);
    expect(await reconcileCounts(db())).toEqual([]);
  });
});
