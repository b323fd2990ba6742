// Nobody can use the petition form against the owner of a mailbox: not to flood it, not
// to put words in their mouth, not to decide for them what is published.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmSignature, pendingSignatureSummary, renewConfirmation } from "@/lib/petition/confirm";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { signPetition, SIGNING_EMAILS_PER_DAY } from "@/lib/petition/sign";
import { NOTICE, SECRET, confirmTokenFor, newSignature, signatureByEmail } from "./support/signatures";

const at = (base: Date, hours: number) => new Date(base.getTime() + hours * 3600_000);

/** Signing-email jobs queued for a mailbox (graphile-worker keeps one row per job key). */
async function queuedEmails(signatureId: string): Promise<number> {
  const rows = await db().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM graphile_worker._private_jobs
    WHERE payload->>'signatureId' = ${signatureId}`;
  return rows[0]?.count ?? 0;
}

describe("a mailbox's email budget", () => {
  it(`sends at most ${SIGNING_EMAILS_PER_DAY} signing emails a day to one pending mailbox, whatever is submitted`, async () => {
    const start = new Date();
    const email = `flood.${Date.now()}@example.org`;
    const outcomes: Awaited<ReturnType<typeof signPetition>>[] = [];
    for (let index = 0; index < 100; index += 1) {
      outcomes.push(
        await signPetition(
          { db: db(), secret: SECRET, now: new Date(start.getTime() + index * 1000) },
          newSignature({ email, name: `Nombre ${index}` }),
        ),
      );
    }
    expect(outcomes.filter((outcome) => outcome !== "quiet")).toHaveLength(SIGNING_EMAILS_PER_DAY);
    const row = await signatureByEmail(email);
    expect(row?.emailsInWindow).toBe(SIGNING_EMAILS_PER_DAY);
    // Once the budget is spent nothing changes, so the last emailed link keeps working.
    expect(row?.name).toBe(`Nombre ${SIGNING_EMAILS_PER_DAY - 1}`);

    // A day later the mailbox may get one more.
    expect(
      await signPetition({ db: db(), secret: SECRET, now: at(start, 24.1) }, newSignature({ email })),
    ).toBe("replaced");
  });

  it("tells a confirmed mailbox it already signed at most once a day, after 100 attempts", async () => {
    const start = new Date();
    const signature = newSignature();
    await signPetition({ db: db(), secret: SECRET, now: start }, signature);
    await confirmSignature(
      { db: db(), secret: SECRET, now: start },
      await confirmTokenFor(signature.email),
      NOTICE.es,
    );
    const row = await signatureByEmail(signature.email);

    const outcomes: Awaited<ReturnType<typeof signPetition>>[] = [];
    for (let index = 0; index < 100; index += 1) {
      outcomes.push(
        await signPetition(
          { db: db(), secret: SECRET, now: at(start, index * 0.1) },
          newSignature({ email: signature.email, name: "Intruso" }),
        ),
      );
    }
    expect(outcomes.filter((outcome) => outcome === "notified")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== "notified").every((outcome) => outcome === "quiet")).toBe(
      true,
    );
    const after = await signatureByEmail(signature.email);
    expect(after).toMatchObject({ status: "CONFIRMED", name: signature.name });
    // The confirmation job ran its course; one "already signed" job at most is queued.
    expect(await queuedEmails(row!.id)).toBeLessThanOrEqual(2);
  });

  it("counts renewed links in the same budget", async () => {
    const start = new Date();
    const signature = newSignature();
    await signPetition({ db: db(), secret: SECRET, now: start }, signature);
    await signPetition(
      { db: db(), secret: SECRET, now: at(start, 0.1) },
      newSignature({ email: signature.email }),
    );
    await signPetition(
      { db: db(), secret: SECRET, now: at(start, 0.2) },
      newSignature({ email: signature.email }),
    );
    const token = await confirmTokenFor(signature.email);
    // The link has not expired, but the budget is what answers here.
    const renewed = await renewConfirmation({ db: db(), secret: SECRET, now: at(start, 0.3) }, token);
    expect(renewed.outcome).toBe("limited");
    expect(renewed.outcome === "limited" && renewed.retryAfterMinutes).toBeGreaterThan(60 * 23);
    const later = at(start, CONFIRMATION_TTL_HOURS + 1);
    expect(await renewConfirmation({ db: db(), secret: SECRET, now: later }, token)).toEqual({
      outcome: "renewed",
    });
  });
});

describe("a stranger signing with someone else's address", () => {
  it("decides nothing: the owner's own submission replaces the stranger's, and the owner confirms their own choices", async () => {
    const start = new Date();
    const email = `victima.${Date.now()}@example.org`;
    await signPetition(
      { db: db(), secret: SECRET, now: start },
      newSignature({ email, name: "Nombre Falso", showName: true, wantsUpdates: true, stateCode: "SON" }),
    );
    const strangersToken = await confirmTokenFor(email);
    expect(await pendingSignatureSummary(db(), strangersToken, start)).toEqual({
      name: "Nombre Falso",
      countryCode: "MX",
      stateCode: "SON",
      showName: true,
      wantsUpdates: true,
    });

    // The owner, who sees those choices on the confirmation page, signs with their own.
    await signPetition(
      { db: db(), secret: SECRET, now: at(start, 0.5) },
      newSignature({ email, name: "Mi Nombre", showName: false, wantsUpdates: false, stateCode: "CMX" }),
    );
    const ownersToken = await confirmTokenFor(email);
    expect(
      (await confirmSignature({ db: db(), secret: SECRET, now: at(start, 0.6) }, strangersToken, NOTICE.es))
        .outcome,
    ).toBe("invalid");
    expect(
      (await confirmSignature({ db: db(), secret: SECRET, now: at(start, 0.6) }, ownersToken, NOTICE.es))
        .outcome,
    ).toBe("confirmed");
    expect(await signatureByEmail(email)).toMatchObject({
      status: "CONFIRMED",
      name: "Mi Nombre",
      showName: false,
      wantsUpdates: false,
      stateCode: "CMX",
    });
  });

  it("shows nothing behind an unknown, malformed or expired link", async () => {
    const start = new Date();
    const signature = newSignature();
    await signPetition({ db: db(), secret: SECRET, now: start }, signature);
    const token = await confirmTokenFor(signature.email);
    expect(await pendingSignatureSummary(db(), "x".repeat(43), start)).toBeNull();
    expect(await pendingSignatureSummary(db(), "<script>", start)).toBeNull();
    expect(await pendingSignatureSummary(db(), token, at(start, CONFIRMATION_TTL_HOURS + 1))).toBeNull();
  });
});

describe("the person confirming", () => {
  it("decides whether the name is shown and whether news is sent, whatever the form said", async () => {
    const signature = newSignature({ showName: true, wantsUpdates: false });
    await signPetition({ db: db(), secret: SECRET }, signature);
    const token = await confirmTokenFor(signature.email);
    const result = await confirmSignature({ db: db(), secret: SECRET }, token, NOTICE.es, {
      showName: false,
      wantsUpdates: true,
    });
    expect(result.outcome).toBe("confirmed");
    expect(await signatureByEmail(signature.email)).toMatchObject({ showName: false, wantsUpdates: true });
    // Confirming again changes nothing more.
    await confirmSignature({ db: db(), secret: SECRET }, token, NOTICE.es, {
      showName: true,
      wantsUpdates: false,
    });
    expect(await signatureByEmail(signature.email)).toMatchObject({ showName: false, wantsUpdates: true });
  });
});
