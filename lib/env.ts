// The only module that reads process.env. Every variable is parsed with zod and a
// wrong value stops start-up with one sentence a person can act on.
import { z } from "zod";

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
  // Without a key, emails stay on this machine (see the development mailbox).
  RESEND_API_KEY: z.string().trim().min(1).optional(),
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
  // Set to "false" on instances that should serve pages only and leave emails to others.
  RUN_WORKER: z
    .enum(["true", "false"], { message: 'RUN_WORKER must be "true" or "false"' })
    .default("true")
    .transform((value) => value === "true"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses the environment; throws an EnvError whose message names the variable and what is expected. */
export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
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

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv();
  return cached;
}

/** The public origin, for canonical URLs and links in emails. Safe to read at build time. */
export function siteUrl(): string {
  const parsed = z.url().safeParse(process.env.SITE_URL);
  return (parsed.success ? parsed.data : "http://localhost:3000").replace(/\/+$/, "");
}
