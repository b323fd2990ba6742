import { afterEach, describe, expect, it, vi } from "vitest";
import { describeError, handleActionFailure, isDatabaseOutage } from "@/lib/errors";

afterEach(() => vi.restoreAllMocks());

function withCode(message: string, code: string, extra: object = {}) {
  return Object.assign(new Error(message), { code, ...extra });
}

describe("isDatabaseOutage", () => {
  it("recognises refused, reset and timed-out connections, directly or as a cause", () => {
    expect(isDatabaseOutage(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isDatabaseOutage(new Error("wrapped", { cause: withCode("x", "ECONNRESET") }))).toBe(true);
    expect(isDatabaseOutage(new Error("Connection terminated due to connection timeout"))).toBe(true);
    expect(isDatabaseOutage(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("recognises PostgreSQL restarting and Prisma's unreachable-server codes", () => {
    expect(isDatabaseOutage(withCode("terminating connection", "57P01"))).toBe(true);
    expect(isDatabaseOutage(withCode("too many clients", "53300"))).toBe(true);
    expect(
      isDatabaseOutage(
        withCode('database "petition" is not accepting connections', "55000", { severity: "FATAL" }),
      ),
    ).toBe(true);
    expect(isDatabaseOutage(withCode("Can't reach database server", "P1001"))).toBe(true);
    expect(
      isDatabaseOutage(
        withCode("Raw query failed", "P2010", {
          meta: { code: "N/A", message: "Can't reach database server" },
        }),
      ),
    ).toBe(true);
  });

  it("treats every other failure as a bug", () => {
    expect(isDatabaseOutage(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseOutage(withCode("duplicate key", "23505"))).toBe(false);
    expect(isDatabaseOutage(withCode("Raw query failed", "P2010", { meta: { code: "42P01" } }))).toBe(false);
    expect(isDatabaseOutage("a string")).toBe(false);
    expect(isDatabaseOutage(null)).toBe(false);
  });
});

describe("handleActionFailure", () => {
  it("returns for an outage, so the action can answer 'try again'", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => handleActionFailure("test", withCode("refused", "ECONNREFUSED"))).not.toThrow();
    expect(log.mock.calls.join("")).toContain("the database is unavailable");
  });

  it("throws a bug on, after logging its class and stack but not its message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const bug = new TypeError("ana@example.org is not a function");
    let thrown: unknown;
    try {
      handleActionFailure("signPetitionAction", bug);
    } catch (error) {
      thrown = error;
    }
    // What reaches Next (which logs it) carries the class and frames, not the message.
    expect(String(thrown)).toBe("ReportedBug: signPetitionAction failed: TypeError");
    expect((thrown as Error).stack).not.toContain("ana@example.org");
    expect((thrown as Error).stack).toMatch(/\n\s+at /);
    const logged = log.mock.calls.join("\n");
    expect(logged).toContain("signPetitionAction: unexpected error: TypeError");
    expect(logged).toMatch(/\n\s+at /);
    expect(logged).not.toContain("ana@example.org");
  });

  it("lets Next's redirects pass untouched and unlogged", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/es;303;" });
    expect(() => handleActionFailure("x", redirect)).toThrow(redirect);
    expect(log).not.toHaveBeenCalled();
  });
});

describe("describeError", () => {
  it("keeps the code and drops the message", () => {
    const described = describeError(withCode("value (secret@example.org) violates", "23505"));
    expect(described).toMatch(/^Error \[23505\]/);
    expect(described).not.toContain("secret@example.org");
  });
});
