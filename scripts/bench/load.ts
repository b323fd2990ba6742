// Load through autocannon, reduced to the figures the report shows.
import autocannon from "autocannon";
import { multipartBody } from "./multipart";
import { forgetLoopbackTcpHistory } from "./tcp-history";

export interface LoadFigures {
  connections: number;
  /** Responses per second (any status). */
  rate: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts together (autocannon counts timeouts among errors). */
  errors: number;
  timeouts: number;
  /** Response count per HTTP status. */
  statuses: Record<string, number>;
}

export interface PostFigures extends LoadFigures {
  /** Emails answered with the expected status, for the stored-vs-acknowledged check. */
  acknowledgedEmails: string[];
  /** The prefix every email of the run starts with, to count the rows it left. */
  emailPrefix: string;
}

function figures(result: autocannon.Result, connections: number): LoadFigures {
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statuses[code] = (stat as { count: number }).count;
  }
  return {
    connections,
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
  };
}

export async function getLoad(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  forgetLoopbackTcpHistory();
  return figures(await autocannon({ url, connections, duration: seconds }), connections);
}

interface EmailContext {
  email: string;
}

interface FormPostLoad {
  origin: string;
  path: string;
  connections: number;
  seconds: number;
  /** Every field but the email, in form order. */
  fields: [string, string][];
  /** Unique within the database, e.g. "bench.1234.n1-c64". */
  emailPrefix: string;
  expectedStatus: number;
}

/**
 * Posts the form as a phone without JavaScript does, each request with a new email, and
 * remembers which emails were acknowledged with `expectedStatus`.
 */
export async function postFormLoad(load: FormPostLoad): Promise<PostFigures> {
  const boundary = "----petition-bench";
  const acknowledgedEmails: string[] = [];
  let sequence = 0;
  forgetLoopbackTcpHistory();
  const result = await autocannon({
    url: load.origin,
    connections: load.connections,
    duration: load.seconds,
    requests: [
      {
        method: "POST",
        path: load.path,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: load.origin },
        // autocannon gives each connection one context, fresh for every request it sends
        // and kept until that request's response: the email travels with it.
        setupRequest: (request, context) => {
          sequence += 1;
          const email = `${load.emailPrefix}.${sequence}@example.org`;
          (context as EmailContext).email = email;
          return { ...request, body: multipartBody([...load.fields, ["email", email]], boundary) };
        },
        onResponse: (status, _body, context) => {
          if (status === load.expectedStatus) acknowledgedEmails.push((context as EmailContext).email);
        },
      },
    ],
  });
  return { ...figures(result, load.connections), acknowledgedEmails, emailPrefix: load.emailPrefix };
}
