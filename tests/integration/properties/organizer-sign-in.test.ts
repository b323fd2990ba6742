// Organizer sign-in, driven with 10,000+ generated addresses and tokens against the real
// database: only the allow-listed address ever gets a link, at most one at a time, and no
// token that is not real opens a session.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asLocale } from "@/i18n/locale-of";
import { db } from "@/lib/db";
import { inspectSignInLink, requestSignInLink, signInWithLink } from "@/lib/organizers/sign-in";
import { parseSignInEmail } from "@/lib/organizers/sign-in-email";
import { deriveToken, isWellFormedToken } from "@/lib/security/tokens";
import { SECRET } from "../support/signatures";
import { PAYLOADS, arbitraryToken, formValue, overlongText, unicodeText } from "./arbitraries";

const NUM_RUNS = 10_000;
const ORGANIZER = "organizadora@example.org";
const context = { db: db(), secret: SECRET, allowList: [ORGANIZER] };

// What requestSignInLinkAction (components/organizers/auth-actions.ts) runs before it calls
// requestSignInLink: the same function.
function validatedByAction(posted: string | File): string | null {
  return parseSignInEmail(posted).email;
}

/** The organizer's address disguised: case, white space, look-alike letters, tags, invisible characters. */
const nearOrganizer = fc.oneof(
  fc.mixedCase(fc.constant(ORGANIZER)),
  fc
    .constantFrom(" ", "\t", "\n", "\u00A0", "\u200B", "")
    .chain((space) => fc.constantFrom(`${space}${ORGANIZER}${space}`, `${space}ORGANIZADORA@EXAMPLE.ORG`)),
  fc.constantFrom(
    "organizadorа@example.org", // Cyrillic а
    "ｏrganizadora@example.org", // full-width o
    "organizadora+x@example.org",
    "organizadora@example.org.",
    "organizadora@example.org.evil.example",
    "organizadora@sub.example.org",
    "organizadora@example.org\u0000",
    "organizadora@example.org, otra@example.org",
    "organizadora@@example.org",
    '"organizadora"@example.org',
    "organizadora@EXAMPLE.org ",
  ),
);

/** Addresses of the shape the action's schema accepts, padded with white space it trims. */
const plainAddress = fc
  .tuple(
    fc.stringMatching(
      /^([A-Za-z0-9_'+-]{1,10}\.){0,2}[A-Za-z0-9_'+-]{0,10}[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]{0,12}\.){1,3}[A-Za-z]{2,6}$/,
    ),
    fc.constantFrom("", " ", "\t", "\n "),
  )
  .map(([address, padding]) => `${padding}${address}${padding}`);

const postedEmail = formValue(
  fc.oneof(
    { arbitrary: plainAddress, weight: 14 },
    { arbitrary: fc.emailAddress(), weight: 3 },
    { arbitrary: nearOrganizer, weight: 4 },
    { arbitrary: unicodeText(), weight: 3 },
    { arbitrary: fc.constantFrom(...PAYLOADS), weight: 1 },
    { arbitrary: overlongText(), weight: 1 },
  ),
);

const loginIds = async () =>
  (await db().organizerLogin.findMany({ where: { email: ORGANIZER }, select: { id: true } })).map(
    (row) => row.id,
  );

afterAll(async () => {
  const ids = await loginIds();
  await db().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE payload->>'loginId' = ANY(${ids})`;
  await db().organizerLogin.deleteMany({ where: { email: ORGANIZER } });
  await db().organizerSession.deleteMany({ where: { email: ORGANIZER } });
});

describe("requesting a sign-in link with generated addresses", () => {
  it(`writes a link only for the allow-listed address, one at a time, for ${NUM_RUNS.toLocaleString("en")} posted addresses`, async () => {
    const strangerLoginIds = async () =>
      (
        await db().organizerLogin.findMany({ where: { email: { not: ORGANIZER } }, select: { id: true } })
      ).map((row) => row.id);
    const strangersBefore = await strangerLoginIds();
    const tally = { rejectedByAction: 0, requested: 0, organizer: 0, sent: 0 };
    const outstanding = () =>
      db().organizerLogin.count({ where: { email: ORGANIZER, usedAt: null, expiresAt: { gt: new Date() } } });
    const strangers: string[] = [];
    const jobs = async () =>
      (
        await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`
      )[0]!.n;
    const jobsBefore = await jobs();

    await fc.assert(
      fc.asyncProperty(
        postedEmail,
        fc.string({ maxLength: 5 }),
        fc.boolean(),
        async (posted, postedLocale, organizerUsedTheLink) => {
          const email = validatedByAction(posted);
          if (email === null) {
            tally.rejectedByAction += 1;
            return;
          }
          tally.requested += 1;
          const isOrganizer = email === ORGANIZER;
          if (isOrganizer && organizerUsedTheLink) {
            // The organizer signed in with the link they had, so a new one may be sent.
            await db().organizerLogin.updateMany({
              where: { email: ORGANIZER, usedAt: null },
              data: { usedAt: new Date() },
            });
          }
          const outstandingBefore = isOrganizer ? await outstanding() : 0;
          const sent = await requestSignInLink(context, email, asLocale(postedLocale));
          expect(typeof sent).toBe("boolean");
          if (isOrganizer) {
            tally.organizer += 1;
            expect(sent).toBe(outstandingBefore === 0);
            expect(await outstanding()).toBe(1);
          } else {
            expect(sent).toBe(false);
            strangers.push(email);
          }
          if (sent) tally.sent += 1;
        },
      ),
      { numRuns: NUM_RUNS },
    );

    // No link for any of the other addresses that passed the action's check...
    const written = await db().organizerLogin.findMany({
      where: { email: { in: strangers } },
      select: { email: true },
    });
    expect(written).toEqual([]);
    // ...nor for anyone else (rows other files left may only have expired away).
    const strangersAfter = await strangerLoginIds();
    expect(strangersAfter.filter((id) => !strangersBefore.includes(id))).toEqual([]);
    // One email queued per link written, and none otherwise.
    expect((await jobs()) - jobsBefore).toBe(tally.sent);
    expect(tally.requested).toBeGreaterThan(NUM_RUNS / 2);
    expect(tally.sent).toBeGreaterThan(10);
    console.info(`requestSignInLink: ${NUM_RUNS} posted addresses`, tally);
  }, 180_000);
});

describe("signing in with generated tokens", () => {
  let realToken = "";

  beforeAll(async () => {
    await db().organizerLogin.updateMany({
      where: { email: ORGANIZER, usedAt: null },
      data: { usedAt: new Date() },
    });
    const now = new Date();
    expect(await requestSignInLink({ ...context, now }, ORGANIZER, "es")).toBe(true);
    const row = await db().organizerLogin.findFirstOrThrow({ where: { email: ORGANIZER, usedAt: null } });
    realToken = deriveToken(SECRET, "organizer-sign-in", row.id, row.createdAt);
  });

  // Derived the real way, but for a login that does not exist or at the wrong time.
  const derivedToken = fc
    .tuple(
      fc.oneof(fc.uuid(), fc.constant("real")),
      fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
      fc.constantFrom(SECRET, "another-secret-0123456789abcdef0123456"),
    )
    .map(([id, at, secret]) =>
      id === "real" ? { id, at, secret } : deriveToken(secret, "organizer-sign-in", id, at),
    );

  it(`opens no session and reports no usable link for ${NUM_RUNS.toLocaleString("en")} tokens that are not real`, async () => {
    const login = await db().organizerLogin.findFirstOrThrow({ where: { email: ORGANIZER, usedAt: null } });
    const sessions = () => db().organizerSession.count();
    const sessionsBefore = await sessions();
    let reachedDatabase = 0;

    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ arbitrary: arbitraryToken(), weight: 5 }, { arbitrary: derivedToken, weight: 1 }),
        async (generated) => {
          const token =
            typeof generated === "string"
              ? generated
              : deriveToken(generated.secret, "organizer-sign-in", login.id, generated.at);
          fc.pre(token !== realToken);
          const [session, usable] = await Promise.all([
            signInWithLink(context, token),
            inspectSignInLink(db(), token),
          ]);
          expect(session).toBeNull();
          expect(usable).toBe(false);
          if (isWellFormedToken(token)) {
            reachedDatabase += 1;
            expect(await sessions()).toBe(sessionsBefore);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );

    expect(await sessions()).toBe(sessionsBefore);
    expect(reachedDatabase).toBeGreaterThan(NUM_RUNS / 4);
    // The real link was left untouched by all of that, and still works exactly once.
    expect(await inspectSignInLink(db(), realToken)).toBe(true);
    expect((await signInWithLink(context, realToken))?.email).toBe(ORGANIZER);
    expect(await signInWithLink(context, realToken)).toBeNull();
    console.info(
      `signInWithLink/inspectSignInLink: ${NUM_RUNS} tokens, ${reachedDatabase} looked up in the database`,
    );
  }, 180_000);
});
