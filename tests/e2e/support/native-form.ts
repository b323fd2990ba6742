// Posting the petition form the way a browser without JavaScript does (a multipart POST to
// the page, with the hidden fields React renders for its server action), from any loopback
// address and with any headers: what a script or an attacker can send.
import http from "node:http";
import { baseURL } from "../../../playwright.config";
import { petitionFormFields as formFieldsAt } from "../../support/petition-form-fields";

export interface NativeResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The hidden fields a no-JavaScript post of the petition form needs. */
export function petitionFormFields(path = "/es/firmar"): Promise<[string, string][]> {
  return formFieldsAt(baseURL, path);
}

export function multipartBody(fields: [string, string][], boundary: string): Buffer {
  return Buffer.from(
    fields
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`,
  );
}

interface PostOptions {
  path?: string;
  /** The server to post to (another instance, say); the e2e server by default. */
  origin?: string;
  headers?: Record<string, string>;
  /** The loopback address the request comes from (127.0.0.0/8 all reach the server). */
  localAddress?: string;
  /** Send the body in chunks without a Content-Length, as a stream would. */
  chunked?: boolean;
}

/** Posts fields as multipart form data; answers are not followed, so a 303 stays a 303. */
export function postForm(fields: [string, string][], options: PostOptions = {}): Promise<NativeResponse> {
  const boundary = "----petition-e2e";
  const body = multipartBody(fields, boundary);
  const url = new URL(options.path ?? "/es/firmar", options.origin ?? baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: options.localAddress,
        headers: {
          host: url.host,
          origin: url.origin,
          "content-type": `multipart/form-data; boundary=${boundary}`,
          ...(options.chunked
            ? { "transfer-encoding": "chunked" }
            : { "content-length": String(body.length) }),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    // A server that refuses early may close the connection while the body is still going out.
    request.on("error", reject);
    if (options.chunked) {
      for (let offset = 0; offset < body.length; offset += 64 * 1024)
        request.write(body.subarray(offset, offset + 64 * 1024));
      request.end();
    } else {
      request.end(body);
    }
  });
}

/** A valid signature's fields, to change one at a time. */
export function signatureFields(
  hidden: [string, string][],
  overrides: Record<string, string> = {},
): [string, string][] {
  const fields: Record<string, string> = {
    name: "Persona de Prueba",
    email: `prueba.${Date.now()}.${Math.random().toString(36).slice(2)}@example.org`,
    residence: "CMX",
    privacyConsent: "on",
    ...overrides,
  };
  return [...hidden, ...Object.entries(fields)];
}
