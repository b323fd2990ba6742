import { randomBytes } from "node:crypto";
import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createResendMailer } from "@/lib/email/mailer";
import { emailTasks } from "@/lib/jobs/email-tasks";
import { endSession, findSession, hashSessionToken, SESSION_TTL_HOURS } from "@/lib/organizers/session";
import { inspectSignInLink, requestSignInLink, signInWithLink } from "@/lib/organizers/sign-in";
import { deriveToken, hashToken } from "@/lib/security/tokens";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { SECRET } from "./support/signatures";

const ORGANIZER = `organizer.${Date.now()}@example.org`;
const allowList = [ORGANIZER];
const context = { db: db(), secret: SECRET, allowList };

let fake: FakeResend;
let taskList: ReturnType<typeof emailTasks>;

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_BASE_URL = fake.url;
  const mailer = createResendMailer("re_test_key", "Campaign <firmas@example.org>");
  taskList = emailTasks({ db: db(), mailer, secret: SECRET, siteUrl: "https://petition.example" });
});

afterAll(async () => {
  await fake.close();
});

const work = () => runOnce({ connectionString: process.env.DATABASE_URL!, taskList, noHandleSignals: true });

/** Asks for a link, lets the worker send it, and returns the token from the email. */
async function linkFor(address: string, locale: "es" | "en" = "es", now?: Date): Promise<string | undefined> {
  const before = fake.emails.length;
  await requestSignInLink({ ...context, now }, address, locale);
  await work();
  const email = fake.emails.slice(before).find((e) => e.to.includes(address.trim().toLowerCase()));
  return email?.text.match(/\/(?:organizadores\/entrar|organizers\/sign-in)\/([A-Za-z0-9_-]{43})/)?.[1];
}

// An address has at most one outstanding link; each test starts with none.
beforeEach(async () => {
  await db().organizerLogin.updateMany({ where: { usedAt: null }, data: { usedAt: new Date() } });
});

describe("organizer sign-in links", () => {
  it("sends one link while it is outstanding, and a new one once it is used or expired", async () => {
    const start = new Date();
    expect(await requestSignInLink({ ...context, now: start }, ORGANIZER, "es")).toBe(true);
    for (let minute = 1; minute <= 10; minute += 1) {
      const now = new Date(start.getTime() + minute * 60_000);
      expect(await requestSignInLink({ ...context, now }, ORGANIZER, "es")).toBe(false);
    }
    const afterExpiry = new Date(start.getTime() + 16 * 60_000);
    expect(await requestSignInLink({ ...context, now: afterExpiry }, ORGANIZER, "es")).toBe(true);
    await db().organizerLogin.updateMany({ where: { usedAt: null }, data: { usedAt: afterExpiry } });
    expect(await requestSignInLink({ ...context, now: afterExpiry }, ORGANIZER, "es")).toBe(true);
  });

  it("queues one link when many requests for one address arrive at once", async () => {
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => requestSignInLink({ ...context, now }, ORGANIZER, "en")),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("emails a link in the requested language to an allowed address, case and spaces aside", async () => {
    const before = fake.emails.length;
    await requestSignInLink(context, `  ${ORGANIZER.toUpperCase()} `, "en");
    await work();
    // Jobs other test files left in the shared queue may be sent in the same run.
    const email = fake.emails.slice(before).find((sent) => sent.to.includes(ORGANIZER));
    expect(email?.subject).toBe("Your sign-in link for the #BudapestConventionMx dashboard");
    expect(email?.text).toMatch(/https:\/\/petition\.example\/en\/organizers\/sign-in\/[A-Za-z0-9_-]{43}/);
    expect(email?.text).toContain("15 minutes");
  });

  it("stores and sends nothing for an address that is not on the list", async () => {
    const stranger = `stranger.${Date.now()}@example.org`;
    const before = fake.emails.length;
    await requestSignInLink(context, stranger, "es");
    await work();
    expect(fake.emails.slice(before).filter((sent) => sent.to.includes(stranger))).toEqual([]);
    expect(await db().organizerLogin.count({ where: { email: stranger } })).toBe(0);
  });

  it("keeps only a hash of the token", async () => {
    const token = (await linkFor(ORGANIZER))!;
    const rows = await db().organizerLogin.findMany({ where: { email: ORGANIZER } });
    expect(rows.some((row) => row.tokenHash === hashToken(token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("works once: the second use of a link opens no session", async () => {
    const token = (await linkFor(ORGANIZER))!;
    expect(await inspectSignInLink(db(), token)).toBe(true);
    const session = await signInWithLink(context, token);
    expect(session?.email).toBe(ORGANIZER);
    expect(await inspectSignInLink(db(), token)).toBe(false);
    expect(await signInWithLink(context, token)).toBeNull();
  });

  it("expires after 15 minutes", async () => {
    const issued = new Date(Date.now() - 16 * 60_000);
    await requestSignInLink({ ...context, now: issued }, ORGANIZER, "es");
    const [login] = await db().organizerLogin.findMany({ where: { createdAt: issued } });
    expect(login).toBeDefined();
    // The worker does not send a link that has already expired.
    const before = fake.emails.length;
    await work();
    expect(fake.emails.slice(before).filter((sent) => sent.to.includes(ORGANIZER))).toEqual([]);
    // And the link itself no longer opens a session.
    const token = deriveToken(SECRET, "organizer-sign-in", login!.id, issued);
    expect(await inspectSignInLink(db(), token)).toBe(false);
    expect(await signInWithLink(context, token)).toBeNull();
    const inTime = new Date(issued.getTime() + 14 * 60_000);
    expect(await inspectSignInLink(db(), token, inTime)).toBe(true);
  });

  it("refuses a link whose address has left the list since it was sent", async () => {
    const token = (await linkFor(ORGANIZER))!;
    expect(await signInWithLink({ ...context, allowList: [] }, token)).toBeNull();
  });

  it("refuses malformed and unknown tokens without a database error", async () => {
    expect(await signInWithLink(context, "not-a-token")).toBeNull();
    expect(await signInWithLink(context, "A".repeat(43))).toBeNull();
    expect(await inspectSignInLink(db(), "'; DROP TABLE organizer_login; --")).toBe(false);
  });
});

describe("organizer sessions", () => {
  it("finds the organizer behind a session until it expires", async () => {
    const token = (await linkFor(ORGANIZER))!;
    const session = (await signInWithLink(context, token))!;
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan((SESSION_TTL_HOURS - 0.1) * 3_600_000);
    expect((await findSession(db(), SECRET, allowList, session.token))?.email).toBe(ORGANIZER);
    const later = new Date(Date.now() + (SESSION_TTL_HOURS + 1) * 3_600_000);
    expect(await findSession(db(), SECRET, allowList, session.token, later)).toBeNull();
  });

  it("stores only a keyed hash of the session token", async () => {
    const session = (await signInWithLink(context, (await linkFor(ORGANIZER))!))!;
    const row = await db().organizerSession.findUnique({
      where: { tokenHash: hashSessionToken(SECRET, session.token) },
    });
    expect(row?.email).toBe(ORGANIZER);
    // Neither the token nor its plain SHA-256 (which anyone could compute) is stored.
    const unkeyed = { tokenHash: { in: [session.token, hashToken(session.token)] } };
    expect(await db().organizerSession.count({ where: unkeyed })).toBe(0);
  });

  it("does not accept a session row written without the secret", async () => {
    // Someone who can write to the database but lacks APP_SECRET cannot mint a session.
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + 3_600_000);
    await db().organizerSession.create({
      data: { tokenHash: hashToken(token), email: ORGANIZER, expiresAt },
    });
    expect(await findSession(db(), SECRET, allowList, token)).toBeNull();
  });

  it("ends on sign-out and when the address leaves the list", async () => {
    const session = (await signInWithLink(context, (await linkFor(ORGANIZER))!))!;
    expect(await findSession(db(), SECRET, [], session.token)).toBeNull();
    await endSession(db(), SECRET, session.token);
    expect(await findSession(db(), SECRET, allowList, session.token)).toBeNull();
  });

  it("ignores missing and malformed session cookies", async () => {
    expect(await findSession(db(), SECRET, allowList, undefined)).toBeNull();
    expect(await findSession(db(), SECRET, allowList, "x")).toBeNull();
  });
});
