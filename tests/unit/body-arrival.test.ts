import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { awaitBody, declaresBody } from "@/lib/server/body-arrival";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

type Outcome = Awaited<ReturnType<typeof awaitBody>>;

/** A server that waits for each body, then reads it as a later reader would (as Next does). */
async function serverReading(read: (request: IncomingMessage) => Promise<Buffer>, deadlineMs = 1_000) {
  const outcomes: Outcome[] = [];
  const server = createServer(async (request, response) => {
    const outcome = declaresBody(request) ? await awaitBody(request, deadlineMs) : "arrived";
    outcomes.push(outcome);
    if (outcome !== "arrived") return void response.writeHead(408, { connection: "close" }).end();
    const body = await read(request);
    response.end(`${body.length} ${createHash("sha256").update(body).digest("hex")}`);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, outcomes };
}

const readByIteration = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
const readAsWebStream = async (request: IncomingMessage) =>
  Buffer.from(await new Response(Readable.toWeb(request) as ReadableStream).arrayBuffer());
// As Next builds a route handler's Request: the Fetch API refuses a body stream read before.
const readAsFetchRequest = async (request: IncomingMessage) =>
  Buffer.from(
    await new Request("http://localhost/", {
      method: "POST",
      body: request as unknown as ReadableStream,
      duplex: "half",
    } as RequestInit).arrayBuffer(),
  );

describe("awaitBody", () => {
  for (const [name, read] of [
    ["iterated", readByIteration],
    ["read as a web stream", readAsWebStream],
    ["read as a Fetch API request", readAsFetchRequest],
  ] as const) {
    it(`hands the next reader every byte, ${name}, for one chunk or many`, async () => {
      const { port, outcomes } = await serverReading(read);
      for (const size of [1, 900, 16 * 1024]) {
        const body = randomBytes(size);
        const answer = await (await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body })).text();
        expect(answer).toBe(`${size} ${createHash("sha256").update(body).digest("hex")}`);
      }
      expect(outcomes).toEqual(["arrived", "arrived", "arrived"]);
    });
  }

  it("lets a body larger than the request's buffer go on at once, since it cannot arrive unread", async () => {
    const { port, outcomes } = await serverReading(readByIteration);
    const body = randomBytes(256 * 1024);
    const answer = await (await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body })).text();
    expect(answer).toBe(`${body.length} ${createHash("sha256").update(body).digest("hex")}`);
    expect(outcomes).toEqual(["arrived"]); // not waited for: declaresBody said no
  });

  it("gives up on a body that trickles past the deadline, and notices a client that left", async () => {
    const { port, outcomes } = await serverReading(readByIteration, 300);
    const partial = (thenClose: boolean) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, "127.0.0.1", () => {
          socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\nname=Ana");
          if (thenClose) setTimeout(() => socket.destroy(), 50);
        });
        let answer = "";
        socket.on("data", (chunk) => (answer += chunk.toString()));
        socket.on("close", () => resolve(answer));
      });

    const started = Date.now();
    expect(await partial(false)).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(2_000);
    await partial(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outcomes).toEqual(["late", "gone"]);
  });
});
