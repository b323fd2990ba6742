// A request waits for its whole body before it takes one of the process's slots
// (lib/server/admission.ts). Bodies are small (16 KB at most, lib/http-guards.ts) and arrive
// with their headers from any browser; a client that trickles one byte at a time would
// otherwise hold a slot until the server's request timeout, and some dozens of them would
// leave every visitor with "busy, try again". While a body is arriving the request holds
// nothing but its socket.
//
// The body is read here and put back (`unshift`) before the request goes on, so Next reads
// it as if nobody had: Node allows that until the stream has emitted "end", which it only
// does once the data is read again.
import type { IncomingMessage } from "node:http";

/** How long a body of at most 16 KB may take to arrive: minutes of a very slow connection. */
export const BODY_ARRIVAL_MS = 10_000;

/** Whether the request declares a body still to be read. */
export function declaresBody(request: IncomingMessage): boolean {
  return Number(request.headers["content-length"] ?? 0) > 0 && !request.complete;
}

/**
 * Resolves "arrived" once all the declared bytes are in this process (and put back for the
 * next reader), "late" after `deadlineMs` without them, "gone" if the client left first.
 */
export function awaitBody(
  request: IncomingMessage,
  deadlineMs = BODY_ARRIVAL_MS,
): Promise<"arrived" | "late" | "gone"> {
  const declared = Number(request.headers["content-length"] ?? 0);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (outcome: "arrived" | "late" | "gone") => {
      clearTimeout(timer);
      request.off("readable", onReadable);
      request.off("end", onEnd);
      request.off("close", onClose);
      if (chunks.length > 0 && outcome === "arrived") request.unshift(Buffer.concat(chunks, received));
      resolve(outcome);
    };
    const onReadable = () => {
      for (
        let chunk = request.read() as Buffer | null;
        chunk !== null;
        chunk = request.read() as Buffer | null
      ) {
        chunks.push(chunk);
        received += chunk.length;
      }
      if (received >= declared) finish("arrived");
    };
    // Ended or closed short of the declared length: the client is gone (Node's parser does
    // not let a body end early otherwise).
    const onEnd = () => finish("gone");
    const onClose = () => finish("gone");
    const timer = setTimeout(() => finish("late"), deadlineMs);
    request.on("readable", onReadable);
    request.once("end", onEnd);
    request.once("close", onClose);
  });
}
