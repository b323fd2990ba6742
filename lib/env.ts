// The only module that reads process.env. Every variable is parsed with zod and a
// wrong value stops start-up with one sentence a person can act on.
import type { BlockList } from "node:net";
import { z } from "zod";
// A relative path: next.config.ts loads this file without the "@/" alias.
import { parseTrustedNetworks } from "./security/client-address";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "DATABASE_URL must be a PostgreSQL URL such as postgresql://user:password@localhost:5432/petition");

// Days the keyed hash of a signer's network is kept: the window organizers look for abuse in.
const networkHashRetentionDays = z.coerce
  .number({ message: "NETWORK_HASH_RETENTION_DAYS must be a whole number of days" })
  .int("NETWORK_HASH_RETENTION_DAYS must be a whole number of days")
  .min(1, "NETWORK_HASH_RETENTION_DAYS must be at least 1")
  .max(365, "NETWORK_HASH_RETENTION_DAYS must be 365 or fewer")
  .default(30);

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  SITE_URL: z
    .url({ message: "SITE_URL must be the public address of the site, such as https://example.org" })
    .default("http://localhost:3000")
    .transform((value) => value.replace(/\/+$/, "")),
  // Keys the HMACs behind email links and hashed network addresses. Keep it secret and
  // stable: changing it invalidates every link already sent.
  APP_SECRET: z
    .string({ message: "APP_SECRET is not set: generate one with `openssl rand -hex 32`." })
    .min(32, "APP_SECRET must be at least 32 characters long (for example `openssl rand -hex 32`)."),
  // Without a key, emails stay on this machine (see the development mailbox). Production
  // refuses to start without one unless EMAIL_DELIVERY says so (see the refinement below).
  RESEND_API_KEY: z.string().trim().min(1).optional(),
  EMAIL_DELIVERY: z
    .enum(["resend", "local-outbox"], { message: 'EMAIL_DELIVERY must be "resend" or "local-outbox"' })
    .optional(),
  // How many proxies (load balancer, CDN) stand in front of the server. 0: the socket's
  // peer is the client and X-Forwarded-For is ignored, since the client writes it.
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "TRUSTED_PROXY_HOPS must be a whole number" })
    .int("TRUSTED_PROXY_HOPS must be a whole number")
    .min(0, "TRUSTED_PROXY_HOPS must be 0 or more")
    .max(10, "TRUSTED_PROXY_HOPS must be 10 or fewer")
    .default(0),
  // Or the proxies' networks ("10.0.0.0/8,2001:db8::/32"): every hop from them is skipped.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value, context): BlockList | null => {
      try {
        return parseTrustedNetworks(value);
      } catch (error) {
        context.addIssue({
          code: "custom",
          message: `TRUSTED_PROXIES must be addresses or networks separated by commas, such as 10.0.0.0/8,2001:db8::/32 (${(error as Error).message})`,
        });
        return z.NEVER;
      }
    }),
  EMAIL_FROM: z
    .string()
    .trim()
    .regex(/^[^<>]*<[^@\s<>]+@[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+$/, {
      message: 'EMAIL_FROM must be an address such as "Campaign <firmas@example.org>"',
    })
    .default("#BudapestConventionMx <firmas@localhost>"),
  // Generous by default: a whole school may sign from one connection.
  SIGNATURES_PER_NETWORK_PER_HOUR: z.coerce
    .number({ message: "SIGNATURES_PER_NETWORK_PER_HOUR must be a whole number" })
    .int("SIGNATURES_PER_NETWORK_PER_HOUR must be a whole number")
    .positive("SIGNATURES_PER_NETWORK_PER_HOUR must be above zero")
    .default(300),
  // Who may sign in to the organizer pages: a comma-separated list of email addresses.
  // Empty means nobody can.
  ORGANIZER_EMAILS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((address) => address.trim().toLowerCase())
        .filter((address) => address !== ""),
    )
    .pipe(
      z.array(
        z.email({
          message:
            "ORGANIZER_EMAILS must be email addresses separated by commas, such as ana@example.org,luis@example.org",
        }),
      ),
    ),
  NETWORK_HASH_RETENTION_DAYS: networkHashRetentionDays,
  // How many campaign-news emails the worker sends per second. Resend documents a default
  // limit of 5 requests per second per team (2 on older accounts), shared by every email the
  // site sends: news takes 1 by default so confirmation links keep the rest. Raise it with the
  // limit Resend granted you, minus room for those links.
  NEWS_EMAILS_PER_SECOND: z.coerce
    .number({ message: "NEWS_EMAILS_PER_SECOND must be a number, such as 1 or 0.5" })
    .positive("NEWS_EMAILS_PER_SECOND must be above zero")
    .max(100, "NEWS_EMAILS_PER_SECOND must be 100 or fewer")
    .default(1),
  // Server processes behind the one port (lib/server/processes.ts); default: one per core.
  WEB_CONCURRENCY: z.coerce
    .number({ message: "WEB_CONCURRENCY must be a whole number, such as 1 or 4" })
    .int("WEB_CONCURRENCY must be a whole number, such as 1 or 4")
    .min(1, "WEB_CONCURRENCY must be 1 or more")
    .max(64, "WEB_CONCURRENCY must be 64 or fewer")
    .optional(),
  // Requests each server process works on at once, and how long the next ones may wait for
  // a slot before they are answered "busy, try again" (lib/server/admission.ts).
  MAX_REQUESTS_IN_FLIGHT: z.coerce
    .number({ message: "MAX_REQUESTS_IN_FLIGHT must be a whole number, such as 32" })
    .int("MAX_REQUESTS_IN_FLIGHT must be a whole number, such as 32")
    .min(1, "MAX_REQUESTS_IN_FLIGHT must be 1 or more")
    .max(10_000, "MAX_REQUESTS_IN_FLIGHT must be 10000 or fewer")
    .default(32),
  MAX_REQUEST_WAIT_MS: z.coerce
    .number({ message: "MAX_REQUEST_WAIT_MS must be a whole number of milliseconds, such as 3000" })
    .int("MAX_REQUEST_WAIT_MS must be a whole number of milliseconds, such as 3000")
    .min(0, "MAX_REQUEST_WAIT_MS must be 0 or more")
    .max(60_000, "MAX_REQUEST_WAIT_MS must be 60000 or fewer")
    .default(3000),
  // Database connections each server process may open for requests; by default the processes
  // share 4 between them (REQUEST_CONNECTIONS_IN_TOTAL in lib/server/processes.ts).
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: "DATABASE_POOL_SIZE must be a whole number, such as 10" })
    .int("DATABASE_POOL_SIZE must be a whole number, such as 10")
    .min(1, "DATABASE_POOL_SIZE must be 1 or more")
    .max(200, "DATABASE_POOL_SIZE must be 200 or fewer")
    .optional(),
  // Set to "false" on instances that should serve pages only and leave emails to others.
  RUN_WORKER: z
    .enum(["true", "false"], { message: 'RUN_WORKER must be "true" or "false"' })
    .default("true")
    .transform((value) => value === "true"),
});

const checkedEnvSchema = serverEnvSchema.superRefine((env, context) => {
  // A production server without a mail provider would keep every email (live links
  // included) on the machine, and nobody would receive anything: say so at start-up.
  if (env.NODE_ENV === "production" && !env.RESEND_API_KEY && env.EMAIL_DELIVERY !== "local-outbox") {
    context.addIssue({
      code: "custom",
      path: ["RESEND_API_KEY"],
      message:
        "RESEND_API_KEY is not set: a production server sends email through Resend (set EMAIL_DELIVERY=local-outbox to keep emails on this machine instead).",
    });
  }
  if (env.EMAIL_DELIVERY === "resend" && !env.RESEND_API_KEY) {
    context.addIssue({
      code: "custom",
      path: ["RESEND_API_KEY"],
      message: "RESEND_API_KEY is not set, but EMAIL_DELIVERY is resend.",
    });
  }
});

export type ServerEnv = z.infer<typeof checkedEnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses the environment; throws an EnvError whose message names the variable and what is expected. */
export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = checkedEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? "environment");
  const message =
    issue?.code === "invalid_type" && source[variable] === undefined
      ? `${variable} is not set.`
      : (issue?.message ?? "is invalid.");
  throw new EnvError(message.startsWith(variable) ? message : `${variable}: ${message}`);
}

/** DATABASE_URL alone, for operator commands that need nothing else. */
export function parseDatabaseUrl(source: Record<string, string | undefined> = process.env): string {
  if (!source.DATABASE_URL) throw new EnvError("DATABASE_URL is not set.");
  const result = postgresUrl.safeParse(source.DATABASE_URL);
  if (!result.success) throw new EnvError(result.error.issues[0]?.message ?? "DATABASE_URL is invalid.");
  return result.data;
}

/** NETWORK_HASH_RETENTION_DAYS alone, for the retention command. */
export function parseNetworkHashRetentionDays(
  source: Record<string, string | undefined> = process.env,
): number {
  const result = networkHashRetentionDays.safeParse(source.NETWORK_HASH_RETENTION_DAYS);
  if (!result.success)
    throw new EnvError(result.error.issues[0]?.message ?? "NETWORK_HASH_RETENTION_DAYS is invalid.");
  return result.data;
}

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv();
  return cached;
}

/**
 * Why a production build cannot go ahead, in one sentence, or null when it can. The build
 * writes SITE_URL into canonical links, hreflang, share previews, the sitemap and the embed
 * code, so a missing one would ship http://localhost:3000 to every visitor and crawler.
 */
export function productionBuildSiteUrlProblem(
  source: Record<string, string | undefined> = process.env,
): string | null {
  const value = source.SITE_URL?.trim();
  if (!value) {
    return "SITE_URL is not set: build with the site's public address, for example `SITE_URL=https://budapestconvention.mx npm run build`.";
  }
  if (!z.url({ protocol: /^https?$/ }).safeParse(value).success) {
    return `SITE_URL (${value}) is not a web address: build with the site's public address, for example \`SITE_URL=https://budapestconvention.mx npm run build\`.`;
  }
  return null;
}

/** The public origin, for canonical URLs and links in emails. Safe to read at build time. */
export function siteUrl(): string {
  const parsed = z.url().safeParse(process.env.SITE_URL);
  return (parsed.success ? parsed.data : "http://localhost:3000").replace(/\/+$/, "");
}
