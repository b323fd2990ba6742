// The line of requests waiting for a slot (lib/server/admission.ts), on the production
// artifact: a server of its own with one slot, held by a signature whose statement waits on a
// lock this test holds on the signatures' table. Clients that stay keep their places, so a
// full line answers the next request "busy" at once; clients that leave give their places
// back, so opening and dropping connections cannot fill the line for the people behind them.
// A post whose body trickles in takes no slot at all while it arrives
// (lib/server/body-arrival.ts).
import net from "node:net";
import pg from "pg";
import { MAX_WAITING_REQUESTS } from "@/lib/server/admission";
import { BODY_ARRIVAL_MS } from "@/lib/server/body-arrival";
import { baseURL, e2eDatabaseUrl } from "../../playwright.config";
import { petitionFormFields, postForm, signatureFields } from "./support/native-form";
import { startArtifactServer, type ArtifactServer } from "./support/artifact-server";
import { expect, test } from "./support/fixtures";
import es from "@/messages/es.json" with { type: "json" };

const port = Number(new URL(baseURL).port) + 4;
const origin = `http://localhost:${port}`;
let server: ArtifactServer | undefined;

/** A connection that has sent `head` and waits; resolves once the socket is open and written. */
function openConnection(head: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(head);
      // Once open, a reset as either side closes is not this test's concern: its checks are
      // the answers below.
      socket.off("error", reject);
      socket.on("error", () => undefined);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/** A page request that waits in line (each its own URL, so no answer can be reused). */
const waitingGet = (index: number) =>
  `GET /es/firmar?line=${index} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`;

/** Opens `count` waiting requests, a few hundred at a time. */
async function openWaiting(count: number, from: number): Promise<net.Socket[]> {
  const sockets: net.Socket[] = [];
  for (let start = 0; start < count; start += 256) {
    const batch = Array.from({ length: Math.min(256, count - start) }, (_, offset) =>
      openConnection(waitingGet(from + start + offset)),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  // The server reads each request's head before it takes its place in line.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return sockets;
}

async function closeAll(sockets: net.Socket[]) {
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise((resolve) => {
          socket.once("close", resolve);
          socket.destroy();
        }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startArtifactServer({
    port,
    settings: {
      WEB_CONCURRENCY: "1",
      RUN_WORKER: "false",
      MAX_REQUESTS_IN_FLIGHT: "1",
      // Long enough that nobody in this test leaves the line by waiting too long.
      MAX_REQUEST_WAIT_MS: "30000",
    },
    logFile: ".data/e2e-waiting-line.log",
  });
});

test.afterAll(async () => {
  await server?.stop();
});

test("clients that leave the line give their places back; those that stay fill it", async () => {
  test.setTimeout(90_000);
  // The one slot: a signature that waits for the table this test locks (reads go on).
  const lock = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await lock.connect();
  await lock.query("BEGIN");
  await lock.query('LOCK TABLE "signature" IN SHARE ROW EXCLUSIVE MODE');
  const holder = postForm(signatureFields(await petitionFormFields()), { origin });
  await new Promise((resolve) => setTimeout(resolve, 1000));

  // A line full of clients that stay: the next request is told "busy" at once.
  const staying = await openWaiting(MAX_WAITING_REQUESTS, 0);
  const refused = await fetch(`${origin}/es/firmar?line=refused`, { signal: AbortSignal.timeout(10_000) });
  expect(refused.status).toBe(503);
  await closeAll(staying);

  // The same number again, gone before their turn: their places are free.
  await closeAll(await openWaiting(MAX_WAITING_REQUESTS, MAX_WAITING_REQUESTS));
  const waiting = fetch(`${origin}/es/firmar?line=after`, { signal: AbortSignal.timeout(20_000) });
  const early = await Promise.race([
    waiting.then((answer) => answer.status),
    new Promise((resolve) => setTimeout(() => resolve("still waiting"), 1000)),
  ]);
  expect(early).toBe("still waiting");

  // The slot frees when the signature is stored, and the one who waited is answered.
  await lock.query("COMMIT");
  await lock.end();
  expect((await holder).status).toBe(303);
  const answer = await waiting;
  expect(answer.status).toBe(200);
  expect(await answer.text()).toContain("<form");
  expect((await fetch(`${origin}/api/health`)).status).toBe(200);
});

test("a post whose body trickles in holds no slot, and is told it took too long", async () => {
  test.setTimeout(60_000);
  const trickling = await openConnection(
    `POST /es/firmar HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: ${origin}\r\n` +
      `Content-Type: multipart/form-data; boundary=line\r\nContent-Length: 1000\r\n\r\n--line\r\n`,
  );
  const answered = new Promise<string>((resolve) => {
    let text = "";
    trickling.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    trickling.on("close", () => resolve(text));
  });
  await new Promise((resolve) => setTimeout(resolve, 500));

  // The one slot is free for everyone else while that body is on its way.
  const started = Date.now();
  const page = await fetch(`${origin}/es/firmar?while=trickling`, { signal: AbortSignal.timeout(5_000) });
  expect(page.status).toBe(200);
  expect(Date.now() - started).toBeLessThan(3_000);

  const refusal = await answered;
  expect(refusal).toMatch(/^HTTP\/1\.1 408 /);
  expect(refusal).toContain(es.BodyTooSlow.title);
  expect(Date.now() - started).toBeLessThan(BODY_ARRIVAL_MS + 5_000);
});
