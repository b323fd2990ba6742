// A local stand-in for the Resend API: the real `resend` SDK is pointed at it through
// RESEND_BASE_URL. It records what would have been sent (headers included), honours
// idempotency keys as Resend does, and fails on demand (the next requests, the k-th one from
// now, or those to one address; with a 500 or a 429) so retries can be tested.
//
//   tsx tests/support/fake-resend.ts 3199     (used by Playwright as a web server)
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string | null;
  headers: Record<string, string>;
}

export interface FailureRule {
  /** How many requests fail (Infinity: every one that matches). */
  count: number;
  /** 500 (provider error) by default, or 429 (rate limited). */
  status?: 500 | 429;
  /** Only requests to this address. */
  to?: string;
  /** Let this many matching requests through first: "fail the k-th" is skip k-1. */
  skip?: number;
}

export interface FakeResend {
  url: string;
  emails: RecordedEmail[];
  /** How many POST /emails requests arrived, including failed and repeated ones. */
  requests: () => number;
  /** The same, for one address. */
  requestsTo: (address: string) => number;
  failNext: (count: number) => void;
  fail: (rule: FailureRule) => void;
  reset: () => void;
  close: () => Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

export async function startFakeResend(port = 0): Promise<FakeResend> {
  const emails: RecordedEmail[] = [];
  const byIdempotencyKey = new Map<string, string>();
  const requestsByAddress = new Map<string, number>();
  let rules: (Required<Omit<FailureRule, "to">> & Pick<FailureRule, "to">)[] = [];
  let requestCount = 0;

  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };

  /** The status of the first failure rule this request to these addresses uses up, if any. */
  const injectedFailure = (to: string[]): number | null => {
    for (const rule of rules) {
      if (rule.count <= 0 || (rule.to && !to.includes(rule.to))) continue;
      if (rule.skip > 0) {
        rule.skip -= 1;
        continue;
      }
      rule.count -= 1;
      return rule.status;
    }
    return null;
  };

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.method === "POST" && url.pathname === "/emails") {
      requestCount += 1;
      if (!request.headers.authorization?.startsWith("Bearer ")) {
        return json(response, 401, { name: "missing_api_key", message: "Missing API key", statusCode: 401 });
      }
      const payload = JSON.parse(await readBody(request)) as Record<string, unknown>;
      const to = ([] as string[]).concat(payload.to as string | string[]);
      for (const address of to) requestsByAddress.set(address, (requestsByAddress.get(address) ?? 0) + 1);
      const failure = injectedFailure(to);
      if (failure === 429) {
        return json(response, 429, {
          name: "rate_limit_exceeded",
          message: "Too many requests",
          statusCode: 429,
        });
      }
      if (failure !== null) {
        return json(response, 500, {
          name: "internal_server_error",
          message: "Injected failure",
          statusCode: 500,
        });
      }
      const key = (request.headers["idempotency-key"] as string | undefined) ?? null;
      const repeated = key ? byIdempotencyKey.get(key) : undefined;
      if (repeated) return json(response, 200, { id: repeated });
      const id = randomUUID();
      if (key) byIdempotencyKey.set(key, id);
      emails.push({
        id,
        from: String(payload.from),
        to,
        subject: String(payload.subject),
        html: String(payload.html ?? ""),
        text: String(payload.text ?? ""),
        idempotencyKey: key,
        headers: (payload.headers as Record<string, string> | undefined) ?? {},
      });
      return json(response, 200, { id });
    }
    if (request.method === "GET" && url.pathname === "/__test/emails") {
      const to = url.searchParams.get("to");
      return json(response, 200, to ? emails.filter((email) => email.to.includes(to)) : emails);
    }
    if (request.method === "POST" && url.pathname === "/__test/fail-next") {
      const count = Number(url.searchParams.get("count") ?? 1);
      rules = [{ count, status: 500, skip: 0 }];
      return json(response, 200, { failures: count });
    }
    json(response, 404, { name: "not_found", message: "Not found", statusCode: 404 });
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actualPort } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${actualPort}`,
    emails,
    requests: () => requestCount,
    requestsTo: (address) => requestsByAddress.get(address) ?? 0,
    failNext: (count) => {
      rules = [{ count, status: 500, skip: 0 }];
    },
    fail: ({ count, status = 500, to, skip = 0 }) => {
      rules.push({ count, status, to, skip });
    },
    reset: () => {
      emails.length = 0;
      byIdempotencyKey.clear();
      requestsByAddress.clear();
      rules = [];
      requestCount = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1]?.endsWith("fake-resend.ts")) {
  const port = Number(process.argv[2] ?? 3199);
  const fake = await startFakeResend(port);
  console.log(`Fake Resend API listening on ${fake.url}`);
}
