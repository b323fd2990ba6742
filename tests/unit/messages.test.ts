import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") entries.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) entries.set(k, v);
  }
  return entries;
}

// The ICU arguments a message expects, e.g. {count} or {name}; both languages must use the same.
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

const spanish = flatten(es);
const english = flatten(en);

describe("messages", () => {
  it("have exactly the same keys in Spanish and English", () => {
    expect([...english.keys()].sort()).toEqual([...spanish.keys()].sort());
  });

  it("have no empty value", () => {
    const empty = [...spanish, ...english].filter(([, value]) => value.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = [...spanish]
      .filter(([key, value]) => argumentsOf(value).join() !== argumentsOf(english.get(key) ?? "").join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
