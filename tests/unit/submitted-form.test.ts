import { describe, expect, it } from "vitest";
import { submittedForm } from "@/lib/forms/submitted-form";

describe("submittedForm", () => {
  it("passes a posted form through and turns anything else into an empty one", () => {
    const form = new FormData();
    form.set("name", "Ana");
    expect(submittedForm(form)).toBe(form);
    for (const posted of [[1, 2], "x", null, undefined, { get: () => "forged" }]) {
      const empty = submittedForm(posted);
      expect(empty).toBeInstanceOf(FormData);
      expect([...empty.keys()]).toEqual([]);
    }
  });
});
