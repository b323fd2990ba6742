// Signs of abuse, after UK Parliament e-petitions' "trending IPs" and "trending domains":
// networks and email domains behind unusually many signatures in the last hour.
// Only live signatures count; withdrawn and invalidated ones keep no address or email.
import type { Database } from "@/lib/db";
import {
  DOMAIN_THRESHOLD,
  NETWORK_THRESHOLD,
  SIGNAL_LIMIT,
  SIGNAL_WINDOW_MINUTES,
  WEBMAIL_DOMAINS,
  WEBMAIL_DOMAIN_THRESHOLD,
  isWebmailDomain,
} from "./thresholds";

export interface NetworkSignal {
  ipHash: string;
  signatures: number;
  confirmed: number;
}

export interface DomainSignal {
  domain: string;
  signatures: number;
  confirmed: number;
  webmail: boolean;
}

export interface AbuseSignals {
  /** Start of the window the signals were counted in. */
  since: Date;
  networks: NetworkSignal[];
  domains: DomainSignal[];
}

export async function findAbuseSignals(db: Database, now = new Date()): Promise<AbuseSignals> {
  const since = new Date(now.getTime() - SIGNAL_WINDOW_MINUTES * 60_000);

  const networks = await db.$queryRaw<NetworkSignal[]>`
    SELECT "ip_hash" AS "ipHash", count(*)::int AS signatures,
           (count(*) FILTER (WHERE "status" = 'CONFIRMED'))::int AS confirmed
    FROM "signature"
    WHERE "created_at" >= ${since} AND "created_at" <= ${now}
      AND "status" IN ('PENDING', 'CONFIRMED') AND "ip_hash" IS NOT NULL
    GROUP BY "ip_hash"
    HAVING count(*) >= ${NETWORK_THRESHOLD}::int
    ORDER BY signatures DESC, "ip_hash"
    LIMIT ${SIGNAL_LIMIT}::int`;

  const domains = await db.$queryRaw<Omit<DomainSignal, "webmail">[]>`
    SELECT domain, signatures, confirmed FROM (
      SELECT lower(split_part("email", '@', 2)) AS domain, count(*)::int AS signatures,
             (count(*) FILTER (WHERE "status" = 'CONFIRMED'))::int AS confirmed
      FROM "signature"
      WHERE "created_at" >= ${since} AND "created_at" <= ${now}
        AND "status" IN ('PENDING', 'CONFIRMED') AND "email" IS NOT NULL
      GROUP BY 1
    ) by_domain
    WHERE signatures >= CASE WHEN domain = ANY(${WEBMAIL_DOMAINS}::text[])
                             THEN ${WEBMAIL_DOMAIN_THRESHOLD}::int ELSE ${DOMAIN_THRESHOLD}::int END
    ORDER BY signatures DESC, domain
    LIMIT ${SIGNAL_LIMIT}::int`;

  return {
    since,
    networks,
    domains: domains.map((signal) => ({ ...signal, webmail: isWebmailDomain(signal.domain) })),
  };
}
