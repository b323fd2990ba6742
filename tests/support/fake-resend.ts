// A local stand-in for the Resend API: the real `resend` SDK is pointed at it through
// RESEND_BASE_URL. It records what would have been sent, honours idempotency keys as
// Resend does, and fails on demand so retries can be tested.
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
}

export interface FakeResend {
  url: string;
  emails: RecordedEmail[];
  /** How many POST /emails requests arrived, including failed and repeated ones. */
  requests: () => number;
  failNext: (count: number) => void;
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
  let failures = 0;
  let requestCount = 0;

  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.method === "POST" && url.pathname === "/emails") {
      requestCount += 1;
      if (!request.headers.authorization?.startsWith("Bearer ")) {
        return json(response, 401, { name: "missing_api_key", message: "Missing API key", statusCode: 401 });
      }
      const payload = JSON.parse(await readBody(request)) as Record<string, unknown>;
      if (failures > 0) {
        failures -= 1;
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
        to: ([] as string[]).concat(payload.to as string | string[]),
        subject: String(payload.subject),
        html: String(payload.html ?? ""),
        text: String(payload.text ?? ""),
        idempotencyKey: key,
      });
      return json(response, 200, { id });
    }
    if (request.method === "GET" && url.pathname === "/__test/emails") {
      const to = url.searchParams.get("to");
      return json(response, 200, to ? emails.filter((email) => email.to.includes(to)) : emails);
    }
    if (request.method === "POST" && url.pathname === "/__test/fail-next") {
      failures = Number(url.searchParams.get("count") ?? 1);
      return json(response, 200, { failures });
    }
    json(response, 404, { name: "not_found", message: "Not found", statusCode: 404 });
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actualPort } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${actualPort}`,
    emails,
    requests: () => requestCount,
    failNext: (count) => {
      failures = count;
    },
    reset: () => {
      emails.length = 0;
      byIdempotencyKey.clear();
      failures = 0;
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
