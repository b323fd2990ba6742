import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv, productionBuildSiteUrlProblem } from "@/lib/env";

const SECRET = "0123456789abcdef0123456789abcdef";

describe("parseServerEnv", () => {
  it("accepts a PostgreSQL URL and defaults the site address", () => {
    const env = parseServerEnv({
      DATABASE_URL: "postgresql://u:p@localhost:5432/petition",
      APP_SECRET: SECRET,
    });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@localhost:5432/petition");
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.RUN_WORKER).toBe(true);
    expect(env.SIGNATURES_PER_NETWORK_PER_HOUR).toBe(300);
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it("reads the organizer allow-list as lower-cased addresses, empty by default", () => {
    const base = { DATABASE_URL: "postgres://h/db", APP_SECRET: SECRET };
    expect(parseServerEnv(base).ORGANIZER_EMAILS).toEqual([]);
    expect(
      parseServerEnv({ ...base, ORGANIZER_EMAILS: " Ana@Example.org, luis@example.org ,, " })
        .ORGANIZER_EMAILS,
    ).toEqual(["ana@example.org", "luis@example.org"]);
  });

  it("names ORGANIZER_EMAILS when an entry is not an address", () => {
    expect(() =>
      parseServerEnv({
        DATABASE_URL: "postgres://h/db",
        APP_SECRET: SECRET,
        ORGANIZER_EMAILS: "ana@example.org;luis",
      }),
    ).toThrow(/^ORGANIZER_EMAILS must be email addresses separated by commas/);
  });

  it("asks for a long enough APP_SECRET", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://h/db" })).toThrow("APP_SECRET is not set.");
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://h/db", APP_SECRET: "short" })).toThrow(
      /^APP_SECRET must be at least 32 characters/,
    );
  });

  it("names DATABASE_URL and the expected form when it is malformed", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(EnvError);
    expect(() => parseServerEnv({ DATABASE_URL: "not a url" })).toThrow(
      /^DATABASE_URL must be a PostgreSQL URL such as postgresql:\/\//,
    );
  });

  it("says plainly when DATABASE_URL is missing", () => {
    expect(() => parseServerEnv({})).toThrow("DATABASE_URL is not set.");
  });

  it("rejects a per-network limit that is not a positive whole number", () => {
    for (const value of ["abc", "0", "2.5"]) {
      expect(() =>
        parseServerEnv({
          DATABASE_URL: "postgres://h/db",
          APP_SECRET: SECRET,
          SIGNATURES_PER_NETWORK_PER_HOUR: value,
        }),
      ).toThrow(/^SIGNATURES_PER_NETWORK_PER_HOUR must be/);
    }
  });

  it("sends one news email a second by default and accepts a slower or faster rate", () => {
    const base = { DATABASE_URL: "postgres://h/db", APP_SECRET: SECRET };
    expect(parseServerEnv(base).NEWS_EMAILS_PER_SECOND).toBe(1);
    expect(parseServerEnv({ ...base, NEWS_EMAILS_PER_SECOND: "0.5" }).NEWS_EMAILS_PER_SECOND).toBe(0.5);
    expect(parseServerEnv({ ...base, NEWS_EMAILS_PER_SECOND: "8" }).NEWS_EMAILS_PER_SECOND).toBe(8);
  });

  it("names NEWS_EMAILS_PER_SECOND when it is not a positive number", () => {
    for (const value of ["fast", "0", "-1", "1000"]) {
      expect(() =>
        parseServerEnv({
          DATABASE_URL: "postgres://h/db",
          APP_SECRET: SECRET,
          NEWS_EMAILS_PER_SECOND: value,
        }),
      ).toThrow(/^NEWS_EMAILS_PER_SECOND must be/);
    }
  });

  it("rejects a SITE_URL that is not a URL", () => {
    expect(() =>
      parseServerEnv({ DATABASE_URL: "postgres://h/db", APP_SECRET: SECRET, SITE_URL: "example" }),
    ).toThrow(/^SITE_URL/);
  });

  it("refuses a production server without a mail provider unless the local outbox is chosen", () => {
    const base = { DATABASE_URL: "postgres://h/db", APP_SECRET: SECRET, NODE_ENV: "production" };
    expect(() => parseServerEnv(base)).toThrow(/^RESEND_API_KEY is not set: a production server sends email/);
    expect(parseServerEnv({ ...base, RESEND_API_KEY: "re_x" }).RESEND_API_KEY).toBe("re_x");
    expect(parseServerEnv({ ...base, EMAIL_DELIVERY: "local-outbox" }).EMAIL_DELIVERY).toBe("local-outbox");
    expect(() => parseServerEnv({ ...base, NODE_ENV: "development", EMAIL_DELIVERY: "resend" })).toThrow(
      /^RESEND_API_KEY is not set, but EMAIL_DELIVERY is resend/,
    );
  });

  it("trusts no proxy by default and names a malformed TRUSTED_PROXIES entry", () => {
    const base = { DATABASE_URL: "postgres://h/db", APP_SECRET: SECRET };
    const env = parseServerEnv(base);
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(env.TRUSTED_PROXIES).toBeNull();
    expect(parseServerEnv({ ...base, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseServerEnv({ ...base, TRUSTED_PROXY_HOPS: "-1" })).toThrow(/^TRUSTED_PROXY_HOPS/);
    expect(() => parseServerEnv({ ...base, TRUSTED_PROXIES: "10.0.0.0/8, cdn" })).toThrow(
      /^TRUSTED_PROXIES must be addresses or networks/,
    );
  });
});

describe("productionBuildSiteUrlProblem", () => {
  it("stops a build without SITE_URL with one sentence naming what to set", () => {
    for (const source of [{}, { SITE_URL: "" }, { SITE_URL: "   " }]) {
      const problem = productionBuildSiteUrlProblem(source);
      expect(problem).toMatch(/^SITE_URL is not set: .*SITE_URL=https:\/\/.* npm run build`\.$/);
      expect(problem?.split(". ").length).toBe(1);
    }
  });

  it("stops a build whose SITE_URL is not a web address", () => {
    expect(productionBuildSiteUrlProblem({ SITE_URL: "budapestconvention.mx" })).toMatch(
      /is not a web address/,
    );
    expect(productionBuildSiteUrlProblem({ SITE_URL: "ftp://budapestconvention.mx" })).toMatch(
      /is not a web address/,
    );
  });

  it("lets a build with the public address go ahead", () => {
    expect(productionBuildSiteUrlProblem({ SITE_URL: "https://budapestconvention.mx" })).toBeNull();
    expect(productionBuildSiteUrlProblem({ SITE_URL: "http://localhost:3100" })).toBeNull();
  });
});
