// Signatures in a given state, written straight to the database for the news, unsubscribe
// and reminder tests: they need confirmed, pending and withdrawn signers with chosen dates,
// not the signing path (tested elsewhere). Each test file deletes what it made.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { unsubscribeToken } from "@/lib/news/email-links";
import { deriveToken, hashToken } from "@/lib/security/tokens";

export const SECRET = process.env.APP_SECRET!;

export interface TestSigner {
  id: string;
  email: string;
  unsubscribeToken: string;
}

let sequence = 0;

export async function insertSigner({
  status = "CONFIRMED",
  wantsUpdates = true,
  locale = "es",
  issuedAt = new Date(),
}: {
  status?: "PENDING" | "CONFIRMED" | "WITHDRAWN";
  wantsUpdates?: boolean;
  locale?: "es" | "en";
  /** When the latest confirmation link was issued (pending signers). */
  issuedAt?: Date;
} = {}): Promise<TestSigner> {
  sequence += 1;
  const id = randomUUID();
  const email = `news.${Date.now()}.${sequence}@example.org`;
  const token = unsubscribeToken(SECRET, id);
  const personal =
    status === "WITHDRAWN"
      ? { withdrawnAt: new Date() }
      : {
          name: "Ana López",
          email,
          emailCanonical: email,
          withdrawTokenHash: hashToken(deriveToken(SECRET, "withdraw", id)),
          unsubscribeTokenHash: hashToken(token),
          ...(status === "PENDING"
            ? {
                confirmTokenHash: hashToken(deriveToken(SECRET, "confirm", id, issuedAt)),
                confirmTokenIssuedAt: issuedAt,
                emailWindowStartedAt: issuedAt,
                emailsInWindow: 1,
              }
            : { confirmedAt: new Date() }),
        };
  await db().signature.create({
    data: {
      id,
      status,
      countryCode: "MX",
      stateCode: "JAL",
      locale,
      wantsUpdates,
      createdAt: issuedAt,
      ...personal,
    },
  });
  return { id, email, unsubscribeToken: token };
}

/** Deletes the given signatures and everything that hangs from them. */
export async function deleteSigners(signers: readonly TestSigner[]): Promise<void> {
  const ids = signers.map((signer) => signer.id);
  await db().newsDelivery.deleteMany({ where: { signatureId: { in: ids } } });
  await db().signature.deleteMany({ where: { id: { in: ids } } });
}
