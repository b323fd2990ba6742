import { describe, expect, it } from "vitest";
import { describeFailure } from "@/lib/cache/postgres-store.mjs";

describe("describeFailure", () => {
  it("says why a connection failed, in pg's own fixed words", () => {
    expect(describeFailure(new Error("timeout expired"))).toBe("Error: timeout expired");
    expect(describeFailure(new Error("Connection terminated unexpectedly"))).toBe(
      "Error: Connection terminated unexpectedly",
    );
  });

  it("gives only the class and code of any other failure, whose message may quote what was stored", () => {
    const refused = Object.assign(
      new Error('duplicate key value violates unique constraint, Key (key)=("/es/x")'),
      {
        code: "23505",
      },
    );
    expect(describeFailure(refused)).toBe("Error 23505");
    expect(describeFailure(new TypeError("cannot read ana@example.org"))).toBe("TypeError");
    expect(describeFailure("a string")).toBe("string");
  });
});
