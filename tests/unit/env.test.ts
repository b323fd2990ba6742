import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "@/lib/env";

describe("parseServerEnv", () => {
  it("accepts a PostgreSQL URL and defaults the site address", () => {
    const env = parseServerEnv({ DATABASE_URL: "postgresql://u:p@localhost:5432/petition" });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@localhost:5432/petition");
    expect(env.SITE_URL).toBe("http://localhost:3000");
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

  it("rejects a SITE_URL that is not a URL", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://h/db", SITE_URL: "example" })).toThrow(
      /^SITE_URL/,
    );
  });
});
