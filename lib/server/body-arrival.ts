// A request waits for its whole body before it takes one of the process's slots
// (lib/server/admission.ts). Bodies are small (16 KB at most, lib/http-guards.ts) and arrive
// with their headers from any browser; a client that trickles one byte at a time would
// otherwise hold a slot until the server's request timeout, and some dozens of them would
// leave every visitor with "busy, try again". While a body is arriving the request holds
// nothing but its socket.
//
// Nothing is read here: Node keeps what arrives in the request's buffer, up to its high-water
// mark, and says so with "readable". Reading it (even to put it back) would mark the stream
// as read, and the Fetch API Next hands route handlers refuses a body stream read before.
// A body larger than the buffer (the organizers' news editor, up to 256 KB) would stop the
// socket at the mark and never arrive whole unread: it goes on as before.
import type { IncomingMessage } from "node:http";

/** How long a body of at most 16 KB may take to arrive: minutes of a very slow connection. */
export const BODY_ARRIVAL_MS = 10_000;

/** Whether the request declares a body still arriving that fits the request's buffer. */
export function declaresBody(request: IncomingMessage): boolean {
  const declared = Number(request.headers["content-length"] ?? 0);
  return declared > 0 && declared <= request.readableHighWaterMark && !request.complete;
}

/**
 * Resolves "arrived" once the whole request is in this process (unread), "late" after
 * `deadlineMs` without it, "gone" if the client left first.
 */
export function awaitBody(
  request: IncomingMessage,
  deadlineMs = BODY_ARRIVAL_MS,
): Promise<"arrived" | "late" | "gone"> {
  return new Promise((resolve) => {
    const finish = (outcome: "arrived" | "late" | "gone") => {
      clearTimeout(timer);
      request.off("readable", onReadable);
      request.off("close", onClose);
      resolve(outcome);
    };
    // Emitted for each piece while the buffer is below its mark, and once more at the end.
    const onReadable = () => {
      if (request.complete) finish("arrived");
    };
    const onClose = () => finish(request.complete ? "arrived" : "gone");
    const timer = setTimeout(() => finish("late"), deadlineMs);
    request.on("readable", onReadable);
    request.once("close", onClose);
  });
}
