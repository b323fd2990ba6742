// The one writer every export goes through: rows come from an async source one at a time
// and leave as a byte stream, so a download starts at once and memory holds at most one
// page of rows plus one chunk, whatever the size of the export.

/** How an export turns its rows into text: a head, one piece per row, a tail. */
export interface RowWriter<Row> {
  head: string;
  row: (row: Row) => string;
  tail: () => string;
}

export interface StreamHooks {
  /** Runs after the last row and before the stream closes (the audit log is completed here). */
  onComplete: (rowCount: number) => Promise<void>;
  onError?: (error: unknown) => void;
}

/** Rows are gathered into chunks of about this many characters, not sent one network write each. */
const CHUNK_CHARS = 64 * 1024;

export interface RowStream {
  stream: ReadableStream<Uint8Array>;
  /** Rows written so far. */
  rowCount: () => number;
}

export function streamRows<Row>(
  rows: AsyncIterable<Row>,
  writer: RowWriter<Row>,
  hooks: StreamHooks,
): RowStream {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let count = 0;
  let cancelled = false;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // The head goes out before the first query, so the download begins immediately.
      if (writer.head) controller.enqueue(encoder.encode(writer.head));
    },
    // Called only when the reader wants more: a slow client slows the queries down
    // instead of piling rows up in memory.
    async pull(controller) {
      try {
        let chunk = "";
        while (chunk.length < CHUNK_CHARS) {
          const next = await iterator.next();
          if (cancelled) return;
          if (next.done) {
            chunk += writer.tail();
            if (chunk) controller.enqueue(encoder.encode(chunk));
            await hooks.onComplete(count);
            controller.close();
            return;
          }
          count += 1;
          chunk += writer.row(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        if (cancelled) return;
        hooks.onError?.(error);
        throw error;
      }
    },
    // The reader went away (closed tab, broken pipe): stop querying; the log keeps no row count.
    async cancel() {
      cancelled = true;
      await iterator.return?.();
    },
  });

  return { stream, rowCount: () => count };
}
