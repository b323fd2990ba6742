import { createHash, createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashSessionToken } from "@/lib/organizers/session";
import { hashNetworkAddress } from "@/lib/security/client-address";
import { deriveToken, isWellFormedToken } from "@/lib/security/tokens";
import { purposeKey, type SecretPurpose } from "@/lib/security/secrets";

const SECRET = "unit-secret-0123456789abcdef0123456789";
const PURPOSES: SecretPurpose[] = ["email-links", "network-hash", "sessions"];
const plainHmac = (message: string) => createHmac("sha256", SECRET).update(message);

describe("purpose keys", () => {
  it("gives each purpose its own 256-bit key", () => {
    const keys = PURPOSES.map((purpose) => purposeKey(SECRET, purpose).toString("hex"));
    expect(new Set(keys).size).toBe(PURPOSES.length);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it("derives the same keys on every call and in every release", () => {
    // Pinned (checked against an independent HKDF): a changed salt or info would silently
    // invalidate every email link already sent and every open session.
    expect(Object.fromEntries(PURPOSES.map((p) => [p, purposeKey(SECRET, p).toString("hex")]))).toEqual({
      "email-links": "7304fda1e90ce60950448125c93a88c99cf5d4011f890b8d110914f11aa7c2f0",
      "network-hash": "ff7990b1c6e1c6d7c54ccae352d22caafbe275d60041ad9c3830467609adedef",
      sessions: "23412a50596ba85d9874a47d646430eba43bdaef81cee7724b57a7f920ccab6c",
    });
    expect(purposeKey(SECRET, "sessions").equals(purposeKey(SECRET, "sessions"))).toBe(true);
  });

  it("derives different keys from different secrets", () => {
    const other = `${SECRET}x`;
    for (const purpose of PURPOSES) {
      expect(purposeKey(other, purpose).equals(purposeKey(SECRET, purpose))).toBe(false);
    }
  });
});

describe("values made with a purpose key", () => {
  const id = "0b7c8f3e-4a51-4d6b-9a3e-2f1c5d7e9a10";
  const issuedAt = new Date("2026-03-01T12:00:00.000Z");

  it("makes email-link tokens that are not the plain HMAC of APP_SECRET", () => {
    const token = deriveToken(SECRET, "confirm", id, issuedAt);
    expect(isWellFormedToken(token)).toBe(true);
    expect(token).toBe(deriveToken(SECRET, "confirm", id, issuedAt));
    expect(token).not.toBe(plainHmac(`confirm:${id}:${issuedAt.toISOString()}`).digest("base64url"));
  });

  it("hashes network addresses with a key other than APP_SECRET or the email-link key", () => {
    const hash = hashNetworkAddress(SECRET, "203.0.113.7");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(plainHmac("ip:203.0.113.7").digest("hex"));
    expect(hash).not.toBe(
      createHmac("sha256", purposeKey(SECRET, "email-links")).update("ip:203.0.113.7").digest("hex"),
    );
  });

  it("hashes session tokens with a key, not with plain SHA-256", () => {
    const token = randomBytes(32).toString("base64url");
    const hash = hashSessionToken(SECRET, token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).not.toBe(plainHmac(token).digest("hex"));
    expect(hashSessionToken(`${SECRET}x`, token)).not.toBe(hash);
  });
});
