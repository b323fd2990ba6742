// The petition form's server action, driven with 10,000+ generated posts against the real
// database: whatever arrives, the visitor gets an answer in their language and the table
// keeps only rows the schema allows.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { asLocale } from "@/i18n/locale-of";
import { db } from "@/lib/db";
import { isCountryCode } from "@/lib/geo/countries";
import { isMexicanStateCode } from "@/lib/geo/mexican-states";
import {
  canonicalEmail,
  hasForbiddenCharacters,
  hasLetter,
  looksLikeUrl,
  normalizeEmail,
  normalizeText,
} from "@/lib/petition/normalize";
import { sanitizeReferral } from "@/lib/petition/referral";
import { submitSignature, type SubmissionContext } from "@/lib/petition/submit-signature";
import { hashNetworkAddress } from "@/lib/security/client-address";
import { NOTICE, SECRET } from "../support/signatures";
import {
  LOCALIZED_FORM_ERRORS,
  PETITION_FIELDS,
  STATE_CODES,
  formValue,
  hostileText,
  petitionPost,
  postedFields,
  validName,
} from "./arbitraries";

const NUM_RUNS = 10_000;
const LIMITER = "sign-props";
// Documentation networks (RFC 5737, RFC 3849): every row this file writes carries one of their hashes.
const NETWORKS = ["198.51.100.7", "203.0.113.42", "2001:db8::1", "unknown"];
const NETWORK_HASHES = NETWORKS.map((network) => hashNetworkAddress(SECRET, network));
const SIGNATURE_FIELDS = new Set(["name", "email", "residence", "country", "privacyConsent"]);
const STATUSES = new Set(["signed", "invalid", "rate-limited"]);
const emailSchema = z.email();

const context: SubmissionContext = {
  db: db(),
  secret: SECRET,
  signLimit: { name: LIMITER, rule: { points: 1_000_000, windowSeconds: 3600 } },
  petitionPhase: async () => "open",
  privacyNoticeId: async (locale) => NOTICE[locale].noticeId,
};

// Unique per run even when fast-check repeats a generated value: a repeated mailbox would
// (rightly) be refused after its daily email budget, which is another test's subject.
const runTag = Date.now().toString(36);
let mailboxSequence = 0;

/** A post the schema accepts, with the row it must produce; sometimes sent by a bot. */
const validPost = fc
  .record({
    name: validName(),
    residence: fc.constantFrom(...STATE_CODES, "abroad"),
    country: fc.constantFrom("US", "co", " es ", "AR", "de", "JP"),
    showName: fc.boolean(),
    wantsUpdates: fc.boolean(),
    consent: fc.constantFrom("on", "true"),
    mailbox: fc.record({
      domain: fc.constantFrom("props.example.org", "gmail.com", "Correo.Example.MX"),
      tag: fc.constantFrom("", "+petition", "+a.b"),
      upper: fc.boolean(),
      padding: fc.constantFrom("", " ", "\t", " \n"),
    }),
    locale: fc.constantFrom("es", "en"),
    bot: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }),
  })
  .map((post) => ({ kind: "valid" as const, ...post }));

const hostilePost = petitionPost().map((entries) => ({ kind: "hostile" as const, entries }));

/**
 * A valid post with one field spoiled: replaced, or sent twice with the hostile value first
 * or last. Most generated text fails several fields at once; this is where a hostile value
 * that passes its own field's checks reaches the table.
 */
const nearlyValidPost = fc
  .record({
    base: validPost,
    field: fc.constantFrom(...PETITION_FIELDS.filter((field) => field !== "website")),
    value: formValue(),
    placement: fc.constantFrom("replace", "before", "after"),
  })
  .map((post) => ({ ...post, kind: "nearly-valid" as const }));

// Not what a browser sends, but the function takes `Record<string, unknown>`: numbers,
// booleans, arrays and objects where strings belong.
const rawFields = fc
  .dictionary(
    fc.constantFrom(...PETITION_FIELDS),
    fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom(true, 1, null, ["on"], { toString: "on" }, "on")),
  )
  .map((fields) => ({ kind: "raw" as const, fields }));

const submission = fc.record({
  post: fc.oneof(
    { arbitrary: hostilePost, weight: 12 },
    { arbitrary: nearlyValidPost, weight: 4 },
    { arbitrary: validPost, weight: 2 },
    { arbitrary: rawFields, weight: 2 },
  ),
  network: fc.constantFrom(...NETWORKS),
  referral: fc.option(
    fc.oneof(hostileText(), fc.constantFrom("whatsapp", "Newsletter-March", "a".repeat(65))),
  ),
});

type Generated = typeof submission extends fc.Arbitrary<infer T> ? T : never;

function fieldsOf(post: Generated["post"]): { fields: Record<string, unknown>; expected?: ExpectedRow } {
  if (post.kind === "hostile") return { fields: postedFields(post.entries) };
  if (post.kind === "raw") return { fields: post.fields };
  if (post.kind === "nearly-valid") {
    const { entries } = validEntries({ ...post.base, bot: false });
    const spoiled: [string, string | File] = [post.field, post.value];
    const index = entries.findIndex(([name]) => name === post.field);
    if (post.placement === "replace") {
      if (index >= 0) entries.splice(index, 1, spoiled);
      else entries.push(spoiled);
    } else if (post.placement === "before") entries.unshift(spoiled);
    else entries.push(spoiled);
    return { fields: postedFields(entries) };
  }
  const { entries, expected } = validEntries(post);
  return { fields: postedFields(entries), expected };
}

type ValidPost = typeof validPost extends fc.Arbitrary<infer T> ? T : never;

/** The entries of a valid post, each with a mailbox no other run uses, and the row it must produce. */
function validEntries(post: ValidPost): { entries: [string, string | File][]; expected: ExpectedRow } {
  mailboxSequence += 1;
  const { domain, tag, upper, padding } = post.mailbox;
  const local =
    domain === "gmail.com" ? `pr.ops.${runTag}.${mailboxSequence}` : `props.${runTag}.${mailboxSequence}`;
  const typed = `${local}${tag}@${domain}`;
  const email = `${padding}${upper ? typed.toUpperCase() : typed}${padding}`;
  const entries: [string, string | File][] = [
    ["name", post.name],
    ["email", email],
    ["residence", post.residence],
    ["country", post.country],
    ["privacyConsent", post.consent],
    ["locale", post.locale],
    ["website", post.bot ? "https://spam.example" : ""],
  ];
  if (post.showName) entries.push(["showName", "on"]);
  if (post.wantsUpdates) entries.push(["wantsUpdates", "on"]);
  const abroad = post.residence === "abroad";
  return {
    entries,
    expected: {
      bot: post.bot,
      name: normalizeText(post.name),
      email: normalizeEmail(email),
      countryCode: abroad ? post.country.trim().toUpperCase() : "MX",
      stateCode: abroad ? null : post.residence,
      showName: post.showName,
      wantsUpdates: post.wantsUpdates,
      locale: post.locale,
    },
  };
}

interface ExpectedRow {
  bot: boolean;
  name: string;
  email: string;
  countryCode: string;
  stateCode: string | null;
  showName: boolean;
  wantsUpdates: boolean;
  locale: string;
}

/** Every way a stored row could break the schema's rules; empty when it keeps them all. */
function rowProblems(row: {
  name: string | null;
  email: string | null;
  emailCanonical: string | null;
  countryCode: string;
  stateCode: string | null;
  locale: string;
  source: string | null;
  status: string;
}): string[] {
  const problems: string[] = [];
  const name = row.name ?? "";
  const codePoints = [...name].length;
  if (row.status !== "PENDING") problems.push(`status ${row.status}`);
  if (normalizeText(name) !== name) problems.push("name is not normalized");
  // zod counts code points, as PostgreSQL's char_length does.
  if (codePoints < 2 || codePoints > 100) problems.push(`name has ${codePoints} characters`);
  if (hasForbiddenCharacters(name)) problems.push("name has control or format characters");
  if (looksLikeUrl(name)) problems.push("name looks like a URL");
  if (!hasLetter(name)) problems.push("name has no letter");
  const email = row.email ?? "";
  if (email.length > 254) problems.push("email is longer than 254");
  if (normalizeEmail(email) !== email) problems.push("email is not normalized");
  if (hasForbiddenCharacters(email) || !emailSchema.safeParse(email).success)
    problems.push("email is invalid");
  if (row.emailCanonical !== canonicalEmail(email)) problems.push("email_canonical does not match email");
  if (!/^[A-Z]{2}$/.test(row.countryCode) || !isCountryCode(row.countryCode)) problems.push("country_code");
  if (row.countryCode === "MX" ? !isMexicanStateCode(row.stateCode) : row.stateCode !== null)
    problems.push("state_code");
  if (row.locale !== "es" && row.locale !== "en") problems.push("locale");
  if (row.source !== null && sanitizeReferral(row.source) !== row.source) problems.push("source");
  return problems;
}

afterAll(async () => {
  // Leave the shared database as the other files expect it: no rows, jobs or limits of ours.
  const rows = await db().signature.findMany({
    where: { ipHash: { in: NETWORK_HASHES } },
    select: { id: true },
  });
  const ids = rows.map((row) => row.id);
  await db()
    .$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE payload->>'signatureId' = ANY(${ids})`;
  await db().signature.deleteMany({ where: { id: { in: ids } } });
  await db().$executeRaw`DELETE FROM "rate_limit" WHERE "key" LIKE ${`${LIMITER}:%`}`;
});

describe("submitSignature with generated posts", () => {
  it(`answers ${NUM_RUNS.toLocaleString("en")} random, overlong, missing, duplicated and mistyped posts with a known status and localized errors, storing only valid rows`, async () => {
    const countersBefore = await db().signatureCount.findMany({
      orderBy: [{ scope: "asc" }, { code: "asc" }],
    });
    const tally = { signed: 0, invalid: 0, stored: 0, bots: 0 };

    await fc.assert(
      fc.asyncProperty(submission, async ({ post, network, referral }) => {
        const { fields, expected } = fieldsOf(post);
        const locale = asLocale(fields.locale);
        const result = await submitSignature(context, {
          fields,
          locale,
          network,
          referral: referral ?? undefined,
        });

        expect(STATUSES).toContain(result.status);
        if (result.status === "invalid") {
          tally.invalid += 1;
          const errors = Object.entries(result.fieldErrors);
          expect(errors.length).toBeGreaterThan(0);
          for (const [field, key] of errors) {
            expect(SIGNATURE_FIELDS).toContain(field);
            expect(LOCALIZED_FORM_ERRORS).toContain(key);
          }
          expect(result.values.name.length).toBeLessThanOrEqual(500);
        }
        if (result.status === "signed") tally.signed += 1;

        if (expected) {
          expect(result.status).toBe("signed");
          const row = await db().signature.findUnique({
            where: { emailCanonical: canonicalEmail(expected.email) },
            select: {
              name: true,
              email: true,
              countryCode: true,
              stateCode: true,
              showName: true,
              wantsUpdates: true,
              locale: true,
            },
          });
          if (expected.bot) {
            tally.bots += 1;
            expect(row).toBeNull();
          } else {
            tally.stored += 1;
            expect({ ...row, bot: false }).toEqual(expected);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );

    const rows = await db().signature.findMany({
      where: { ipHash: { in: NETWORK_HASHES } },
      select: {
        name: true,
        email: true,
        emailCanonical: true,
        countryCode: true,
        stateCode: true,
        locale: true,
        source: true,
        status: true,
      },
    });
    const invalidRows = rows
      .map((row) => ({ row, problems: rowProblems(row) }))
      .filter(({ problems }) => problems.length > 0);
    expect(invalidRows).toEqual([]);
    // The storing path ran: every valid, human post left its row.
    expect(rows.length).toBeGreaterThanOrEqual(tally.stored);
    expect(tally.stored).toBeGreaterThan(NUM_RUNS / 20);
    expect(tally.invalid).toBeGreaterThan(NUM_RUNS / 2);

    // The same rules, asked of PostgreSQL itself (char_length counts code points).
    const [sqlViolations] = await db().$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM "signature"
        WHERE "ip_hash" = ANY(${NETWORK_HASHES}) AND NOT (
          char_length("name") BETWEEN 2 AND 100 AND char_length("email") <= 254
          AND "country_code" ~ '^[A-Z]{2}$' AND "locale" IN ('es', 'en')
          AND ("country_code" = 'MX') = ("state_code" IS NOT NULL))`;
    expect(sqlViolations?.count).toBe(0);

    // Pending signatures are not counted.
    expect(await db().signatureCount.findMany({ orderBy: [{ scope: "asc" }, { code: "asc" }] })).toEqual(
      countersBefore,
    );
    console.info(`submitSignature: ${NUM_RUNS} runs`, tally, `${rows.length} rows checked`);
  }, 180_000);
});
