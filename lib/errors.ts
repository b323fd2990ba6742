// Two kinds of failure, told apart once for every action and page:
// - the database is away (refused, reset, timed out, restarting, out of connections): the
//   person gets the localized "try again" answer and keeps what they typed;
// - anything else is a bug: it is logged and goes to the error page, so it is seen and fixed
//   instead of looking like an outage.
// Logs carry the error's class, code and stack frames, never its message: driver and
// database messages can quote the values of a query, that is, a person's data.

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

// Prisma: authentication failed, can't reach, timed out, database missing, closed, pool
// timeout (https://www.prisma.io/docs/orm/reference/error-reference).
const PRISMA_OUTAGE_CODES = new Set(["P1000", "P1001", "P1002", "P1003", "P1008", "P1017", "P2024"]);

// Prisma 7's driver adapters describe the driver's failure in meta.driverAdapterError.cause.
const ADAPTER_OUTAGE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);

// PostgreSQL SQLSTATEs: connection exceptions (class 08), shutting down or starting up
// (57P01-57P03), too many connections (53300).
// Also a missing database (3D000) and failed authentication (28000, 28P01): the site cannot
// reach its data, which for a visitor is the same as an outage.
function isOutageSqlState(code: string): boolean {
  return (
    /^08[0-9A-Z]{3}$/.test(code) ||
    ["57P01", "57P02", "57P03", "53300", "3D000", "28000", "28P01"].includes(code)
  );
}

// pg and pg-pool report lost or impossible connections with these words and no code.
const CONNECTION_MESSAGE =
  /connection terminated|timeout exceeded when trying to connect|client has encountered a connection error|can't reach database server|connection timeout/i;

interface ErrorLike {
  name?: unknown;
  severity?: unknown;
  code?: unknown;
  message?: unknown;
  meta?: {
    code?: unknown;
    message?: unknown;
    driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; severity?: unknown } };
  };
  cause?: unknown;
}

function isOutageOne(error: ErrorLike): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (NETWORK_CODES.has(code) || PRISMA_OUTAGE_CODES.has(code) || isOutageSqlState(code)) return true;
  if (error.name === "PrismaClientInitializationError") return true;
  // PostgreSQL ends the session with FATAL (or PANIC) when a connection cannot go on: the
  // database refuses connections, is shutting down, or the role or database is gone.
  if (error.severity === "FATAL" || error.severity === "PANIC") return true;
  // Prisma wraps a failed raw query as P2010 and puts the driver's code and words in meta.
  const metaCode = typeof error.meta?.code === "string" ? error.meta.code : "";
  if (NETWORK_CODES.has(metaCode) || isOutageSqlState(metaCode)) return true;
  const adapter = error.meta?.driverAdapterError?.cause;
  if (adapter) {
    if (typeof adapter.kind === "string" && ADAPTER_OUTAGE_KINDS.has(adapter.kind)) return true;
    if (typeof adapter.originalCode === "string" && isOutageSqlState(adapter.originalCode)) return true;
    if (adapter.severity === "FATAL" || adapter.severity === "PANIC") return true;
  }
  for (const text of [error.message, error.meta?.message]) {
    if (typeof text === "string" && CONNECTION_MESSAGE.test(text)) return true;
  }
  return false;
}

/** Whether this error means the database cannot be reached right now (it or any of its causes). */
export function isDatabaseOutage(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    if (isOutageOne(current as ErrorLike)) return true;
    current = (current as ErrorLike).cause;
  }
  return false;
}

/** Class, code and stack frames of an error: what a log may hold. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error value of type ${typeof error}`;
  const code = (error as ErrorLike).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  return `${error.name}${typeof code === "string" ? ` [${code}]` : ""}\n${frames}`;
}

/** What is thrown in place of a bug: its class, code and frames, without the message. */
export class ReportedBug extends Error {
  override name = "ReportedBug";
}

/**
 * Logs a bug without any of its message, and returns an error to throw in its place: Next
 * logs what reaches its error page with the message, which could quote a person's data.
 */
export function reportBug(where: string, error: unknown): ReportedBug {
  const described = describeError(error);
  console.error(`${where}: unexpected error: ${described}`);
  const [summary = "", ...frames] = described.split("\n");
  const bug = new ReportedBug(`${where} failed: ${summary}`);
  bug.stack = [`ReportedBug: ${bug.message}`, ...frames].join("\n");
  return bug;
}

/** Logs an outage in one line (no stack: nothing in the code is wrong). */
export function reportOutage(where: string, error: unknown): void {
  const code = error && typeof error === "object" ? (error as ErrorLike).code : undefined;
  console.error(
    `${where}: the database is unavailable (${error instanceof Error ? error.name : typeof error}${typeof code === "string" ? ` ${code}` : ""})`,
  );
}

/** Next's redirect() and notFound() work by throwing errors whose digest starts with NEXT_. */
function isFrameworkSignal(error: unknown): boolean {
  const digest = error && typeof error === "object" ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

/**
 * For an action's catch block: returns normally for an outage (the caller answers "try
 * again"), throws anything else after logging it. Next's own control flow (redirect,
 * notFound) passes through untouched.
 */
export function handleActionFailure(where: string, error: unknown): void {
  if (isFrameworkSignal(error)) throw error;
  if (isDatabaseOutage(error)) {
    reportOutage(where, error);
    return;
  }
  throw reportBug(where, error);
}
