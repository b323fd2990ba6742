// One key per use of APP_SECRET, derived with HKDF-SHA256 (RFC 5869), so a value made for one
// purpose (a rate-limit key, say) can never stand in for another's (an email link), and no
// stored value is a plain HMAC of the secret itself. No "server-only" marker: plain Node
// scripts and the tests import this too.
//
// The salt and the info strings are part of every derived key. Changing one invalidates
// what was made with it: email links already sent, open organizer sessions, rate-limit counts.
import { hkdfSync } from "node:crypto";

export type SecretPurpose = "email-links" | "network-hash" | "sessions";

// One fixed salt for the application; the purposes are told apart by `info`, as RFC 5869
// section 3.2 intends. Versioned so a deliberate rotation can pick new ones.
const SALT = "budapest-convention-mx:app-secret:v1";
const INFO: Record<SecretPurpose, string> = {
  "email-links": "email-links:v1",
  "network-hash": "network-hash:v1",
  sessions: "sessions:v1",
};

// HKDF is cheap, but these keys are used on every request; derive each once per process.
const cache = new Map<string, Buffer>();

/** The 256-bit key for one purpose, derived from APP_SECRET. */
export function purposeKey(appSecret: string, purpose: SecretPurpose): Buffer {
  const cacheKey = `${purpose}\0${appSecret}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", appSecret, SALT, INFO[purpose], 32));
    cache.set(cacheKey, key);
  }
  return key;
}
