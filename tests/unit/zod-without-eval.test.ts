// instrumentation-client.ts sets zod's global settings without importing zod: this pins the
// place zod reads them from, so an upgrade that moves it fails here rather than in a browser.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { keepZodFromEval } from "@/lib/validation/zod-without-eval";

describe("keepZodFromEval", () => {
  it("is read by a zod loaded afterwards, as in the browser", () => {
    // A fresh process: this one's zod is loaded once for every test.
    const script = `
      const { keepZodFromEval } = await import(${JSON.stringify(path.resolve("lib/validation/zod-without-eval.ts"))});
      keepZodFromEval();
      const { globalConfig } = await import("zod/v4/core");
      process.stdout.write(String(globalConfig.jitless));`;
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(output).toBe("true");
  });

  it("is read by a zod loaded before", async () => {
    const { globalConfig } = await import("zod/v4/core");
    keepZodFromEval();
    expect(globalConfig.jitless).toBe(true);
  });

  it("keeps zod from probing for eval when an object schema is built and used", async () => {
    keepZodFromEval();
    const constructed = vi.fn();
    const OriginalFunction = globalThis.Function;
    globalThis.Function = new Proxy(OriginalFunction, {
      construct(target, args) {
        constructed();
        return Reflect.construct(target, args);
      },
    });
    try {
      const { z } = await import("zod");
      expect(z.object({ name: z.string() }).parse({ name: "Ana" })).toEqual({ name: "Ana" });
    } finally {
      globalThis.Function = OriginalFunction;
    }
    expect(constructed).not.toHaveBeenCalled();
  });
});
