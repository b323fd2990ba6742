import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPageMicroCache, MICRO_CACHE_MS } from "@/lib/server/page-micro-cache";

type Page = (request: IncomingMessage, response: ServerResponse) => void;

const prerendered: Page = (_request, response) => {
  response.setHeader("cache-control", "s-maxage=60, stale-while-revalidate=31535940");
  response.setHeader("set-cookie", "NEXT_LOCALE=es; Path=/; SameSite=lax");
  response.write("<p>firmas: ");
  response.end(`${rendered}</p>`);
};

// fetch asks for gzip by default; these pages are sent as they are.
const plain = { headers: { "accept-encoding": "identity" } };
let rendered = 0;
let clock = 0;
let close: (() => void) | undefined;

/** A server that answers like scripts/serve.ts: the micro-cache first, then `page` (Next's part). */
async function serve(page: Page): Promise<string> {
  const cache = createPageMicroCache({ now: () => clock });
  const server = createServer((request, response) => {
    if (cache.answer(request, response)) return;
    cache.watch(request, response);
    rendered += 1;
    page(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => {
  close?.();
  rendered = 0;
  clock = 0;
});

describe("page micro-cache", () => {
  it("sends a shared-cacheable page again, as it was, for up to a second", async () => {
    const origin = await serve(prerendered);
    const first = await fetch(`${origin}/es/firmar`, plain);
    const firstBody = await first.text();
    clock += MICRO_CACHE_MS - 1;
    const again = await fetch(`${origin}/es/firmar`, plain);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    expect(again.headers.get("set-cookie")).toBe("NEXT_LOCALE=es; Path=/; SameSite=lax");
    expect(rendered).toBe(1);

    clock += 1;
    expect(await (await fetch(`${origin}/es/firmar`, plain)).text()).toBe("<p>firmas: 2</p>");
    expect(rendered).toBe(2);
  });

  it("keeps headers given to writeHead, and each encoding apart", async () => {
    const origin = await serve((request, response) => {
      const gzip = (request.headers["accept-encoding"] ?? "").includes("gzip");
      response.writeHead(200, {
        "Cache-Control": "s-maxage=60",
        "Content-Type": "text/plain",
        ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      });
      response.end(gzip ? "compressed" : "plain");
    });
    const raw = (encoding?: string) =>
      new Promise<{ body: string; headers: IncomingMessage["headers"] }>((resolve, reject) => {
        const url = new URL(`${origin}/en`);
        import("node:http").then(({ get }) =>
          get(url, { headers: encoding ? { "accept-encoding": encoding } : {} }, (response) => {
            let body = "";
            response.on("data", (chunk) => (body += chunk));
            response.on("end", () => resolve({ body, headers: response.headers }));
          }).on("error", reject),
        );
      });
    await raw("gzip, deflate, br");
    await raw();
    const zipped = await raw("gzip, deflate, br");
    const plain = await raw();
    expect(rendered).toBe(2);
    expect(zipped.body).toBe("compressed");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["content-type"]).toBe("text/plain");
    expect(plain.body).toBe("plain");
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves encodings it does not keep to Next", async () => {
    const origin = await serve(prerendered);
    for (const encoding of ["deflate", "gzip;q=0, deflate", "br"]) {
      await fetch(`${origin}/es/firmar`, { headers: { "accept-encoding": encoding } }).then((r) => r.text());
    }
    expect(rendered).toBe(3);
  });

  it("never keeps what is rendered per person, sets other cookies, fails, or answers Next's router", async () => {
    const cases: [string, Page, RequestInit?][] = [
      [
        "/es/organizadores",
        (_q, r) => {
          r.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
          r.end("dashboard");
        },
      ],
      [
        "/es/firmar?ref=escuela",
        (_q, r) => {
          r.setHeader("cache-control", "s-maxage=60");
          r.setHeader("set-cookie", ["NEXT_LOCALE=es; Path=/", "referral=escuela; Path=/; HttpOnly"]);
          r.end("page");
        },
      ],
      [
        "/en/sign",
        (_q, r) => {
          // The Spanish cookie on an English page is not the page's own language.
          r.setHeader("cache-control", "s-maxage=60");
          r.setHeader("set-cookie", "NEXT_LOCALE=es; Path=/");
          r.end("page");
        },
      ],
      [
        "/es/missing",
        (_q, r) => {
          r.statusCode = 404;
          r.setHeader("cache-control", "s-maxage=60");
          r.end("not found");
        },
      ],
      ["/es/firmar", prerendered, { headers: { ...plain.headers, rsc: "1" } }],
      ["/es/firmar", prerendered, { ...plain, method: "POST", body: "x" }],
    ];
    for (const [path, page, init] of cases) {
      const origin = await serve(page);
      await fetch(`${origin}${path}`, init).then((r) => r.text());
      await fetch(`${origin}${path}`, init).then((r) => r.text());
      expect(rendered, `${init?.method ?? "GET"} ${path}`).toBe(2);
      close?.();
      rendered = 0;
    }
  });
});
