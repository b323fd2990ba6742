import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalMailer, purgeLocalOutbox } from "@/lib/email/mailer";
import { submitSignature, type SubmissionContext } from "@/lib/petition/submit-signature";
import type { PetitionPhase } from "@/lib/settings/schema";
import { NOTICE, SECRET } from "./support/signatures";

let sequence = 0;
function fields(overrides: Record<string, string> = {}) {
  sequence += 1;
  return {
    name: "Marta Ruiz",
    email: `submit.${Date.now()}.${sequence}@example.org`,
    residence: "PUE",
    privacyConsent: "on",
    ...overrides,
  };
}

function context(overrides: Partial<SubmissionContext> = {}): SubmissionContext {
  return {
    db: db(),
    secret: SECRET,
    signLimit: {
      name: `submit-${Date.now()}-${sequence}`,
      rule: {
        points: 1000,
        windowSeconds: 3600,
      },
    },
    petitionPhase: async () => "open",
    privacyNoticeId: async (locale) => NOTICE[locale].noticeId,
    ...overrides,
  };
}

const stored = (email: string) => db().signature.count({ where: { email } });

describe("submitSignature", () => {
  it("stops a network at its hourly limit and says when to try again, keeping what was typed", async () => {
    const limited = context({
      signLimit: {
        name: `submit-limit-${Date.now()}`,
        rule: {
          points: 2,
          windowSeconds: 3600,
        },
      },
    });
    const network = "198.51.100.7";
    const submission = (values: Record<string, string>) => ({
      fields: values,
      locale: "es" as const,
      network,
      referral: undefined,
    });
    expect((await submitSignature(limited, submission(fields()))).status).toBe("signed");
    expect((await submitSignature(limited, submission(fields()))).status).toBe("signed");
    const third = fields();
    const answer = await submitSignature(limited, submission(third));
    expect(answer).toMatchObject({
      status: "rate-limited",
      values: { name: "Marta Ruiz", email: third.email },
    });
    expect(answer.status === "rate-limited" && answer.retryAfterMinutes).toBeGreaterThanOrEqual(59);
    expect(await stored(third.email)).toBe(0);
    // Another network is not affected.
    expect(
      (await submitSignature(limited, { ...submission(fields()), network: "198.51.100.8" })).status,
    ).toBe("signed");
  });

  it("answers a bot that fills the hidden field like a person, and stores nothing", async () => {
    const bot = fields({ website: "https://spam.example" });
    const answer = await submitSignature(context(), {
      fields: bot,
      locale: "es",
      network: "192.0.2.1",
      referral: undefined,
    });
    expect(answer).toEqual({ status: "signed" });
    expect(await stored(bot.email)).toBe(0);
  });

  for (const phase of ["closed", "not-open"] as PetitionPhase[]) {
    it(`refuses a valid signature when the petition is ${phase}, keeping what was typed`, async () => {
      const late = fields();
      const answer = await submitSignature(context({ petitionPhase: async () => phase }), {
        fields: late,
        locale: "en",
        network: "192.0.2.2",
        referral: undefined,
      });
      expect(answer).toMatchObject({ status: phase, values: { email: late.email } });
      expect(await stored(late.email)).toBe(0);
    });
  }

  it("records a clean referral and drops a hostile one", async () => {
    const clean = fields();
    const hostile = fields();
    await submitSignature(context(), {
      fields: clean,
      locale: "es",
      network: "192.0.2.3",
      referral: "Boletin-Marzo",
    });
    await submitSignature(context(), {
      fields: hostile,
      locale: "es",
      network: "192.0.2.3",
      referral: "<script>alert(1)</script>",
    });
    expect((await db().signature.findFirst({ where: { email: clean.email } }))?.source).toBe("boletin-marzo");
    expect((await db().signature.findFirst({ where: { email: hostile.email } }))?.source).toBeNull();
  });

  it("stores only a keyed hash of the network, never the address", async () => {
    const signature = fields();
    await submitSignature(context(), {
      fields: signature,
      locale: "es",
      network: "203.0.113.77",
      referral: undefined,
    });
    const row = await db().signature.findFirst({ where: { email: signature.email } });
    expect(row?.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain("203.0.113.77");
  });
});

describe("the local outbox", () => {
  it("deletes emails older than a day and keeps newer ones", async () => {
    const to = `purge.${Date.now()}@example.org`;
    const mailer = createLocalMailer(db());
    await mailer.send({ to, subject: "viejo", html: "", text: "", idempotencyKey: "a" });
    await mailer.send({ to, subject: "nuevo", html: "", text: "", idempotencyKey: "b" });
    await db().localEmail.updateMany({
      where: { to, subject: "viejo" },
      data: { createdAt: new Date(Date.now() - 25 * 3600_000) },
    });
    expect(await purgeLocalOutbox(db())).toBeGreaterThanOrEqual(1);
    const left = await db().localEmail.findMany({ where: { to }, select: { subject: true } });
    expect(left).toEqual([{ subject: "nuevo" }]);
  });
});
