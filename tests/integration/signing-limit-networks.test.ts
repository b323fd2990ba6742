// The per-network signing limit as a client address meets it: the address is grouped into
// its network (lib/security/client-address.ts), the network is hashed, and the hash is counted in
// PostgreSQL (lib/security/rate-limit.ts). tests/integration/submit-signature.test.ts checks
// the limit for a network given directly; this file checks which addresses share one.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitSignature, type SubmissionContext } from "@/lib/petition/submit-signature";
import { cleanAddress, networkOf } from "@/lib/security/client-address";
import { NOTICE, SECRET } from "./support/signatures";

const LIMIT = 2;
let sequence = 0;

/** A fresh limiter per test, so earlier runs against the shared database count nothing. */
function limitedContext(): SubmissionContext {
  sequence += 1;
  return {
    db: db(),
    secret: SECRET,
    signLimit: {
      name: `networks-${Date.now()}-${sequence}`,
      rule: {
        points: LIMIT,
        windowSeconds: 3600,
      },
    },
    petitionPhase: async () => "open",
    privacyNoticeId: async (locale) => NOTICE[locale].noticeId,
  };
}

function fieldsFor(label: string) {
  sequence += 1;
  return {
    name: "Rosa Martínez",
    email: `${label}.${Date.now()}.${sequence}@example.org`,
    residence: "OAX",
    privacyConsent: "on",
    showName: "on",
  };
}

/** Signs from a client address the way the action does: its network is what is counted. */
function signFrom(context: SubmissionContext, address: string, fields = fieldsFor("network")) {
  return submitSignature(context, { fields, locale: "en", network: networkOf(address), referral: undefined });
}

const stored = (email: string) => db().signature.count({ where: { email } });

describe("the per-network signing limit", () => {
  it("counts every address of one IPv6 /64 against one limit, and lets the next /64 sign", async () => {
    const context = limitedContext();
    // A phone or a home picks any address in its /64 at will: changing it gains nothing.
    expect((await signFrom(context, "2001:db8:a:b::1")).status).toBe("signed");
    expect((await signFrom(context, "2001:db8:a:b:ffff:ffff:ffff:fffe")).status).toBe("signed");

    const refused = fieldsFor("same-64");
    const answer = await signFrom(context, "2001:0db8:000a:000b:1234::9", refused);
    expect(answer).toMatchObject({
      status: "rate-limited",
      values: {
        name: "Rosa Martínez",
        email: refused.email,
        residence: "OAX",
        privacyConsent: true,
        showName: true,
      },
    });
    expect(await stored(refused.email)).toBe(0);

    // The neighbouring /64 is somebody else.
    const neighbour = fieldsFor("next-64");
    expect((await signFrom(context, "2001:db8:a:c::1", neighbour)).status).toBe("signed");
    expect(await stored(neighbour.email)).toBe(1);
  });

  it("counts each IPv4 address as its own network, so a neighbour in the same /24 still signs", async () => {
    const context = limitedContext();
    for (let attempt = 0; attempt < LIMIT; attempt += 1) {
      expect((await signFrom(context, "198.51.100.20")).status).toBe("signed");
    }
    const refused = fieldsFor("ipv4-limited");
    expect((await signFrom(context, "198.51.100.20", refused)).status).toBe("rate-limited");
    expect(await stored(refused.email)).toBe(0);

    const neighbour = fieldsFor("ipv4-neighbour");
    expect((await signFrom(context, "198.51.100.21", neighbour)).status).toBe("signed");
    expect(await stored(neighbour.email)).toBe(1);
  });

  it("counts an IPv4 address written as IPv4-mapped IPv6 as the same network once cleaned", async () => {
    // The server cleans "::ffff:203.0.113.9" to "203.0.113.9" before grouping (cleanAddress),
    // so a dual-stack socket does not give one client two budgets.
    const context = limitedContext();
    const mapped = cleanAddress("::ffff:203.0.113.9")!;
    expect((await signFrom(context, "203.0.113.9")).status).toBe("signed");
    expect((await signFrom(context, mapped)).status).toBe("signed");
    expect((await signFrom(context, mapped)).status).toBe("rate-limited");
  });

  it("refuses a limited network in every language alike, keeping the English form's values", async () => {
    const context = limitedContext();
    const address = "2001:db8:feed:1::5";
    await signFrom(context, address);
    await signFrom(context, address);
    const abroad = { ...fieldsFor("abroad"), residence: "abroad", country: "CA", wantsUpdates: "on" };
    const answer = await signFrom(context, address, abroad);
    expect(answer).toMatchObject({
      status: "rate-limited",
      values: { residence: "abroad", country: "CA", wantsUpdates: true },
    });
    expect(answer.status === "rate-limited" && answer.retryAfterMinutes).toBeGreaterThanOrEqual(59);
  });
});
