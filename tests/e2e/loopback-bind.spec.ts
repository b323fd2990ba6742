// A server that listens on the loopback address only (HOSTNAME_BIND=127.0.0.1), as behind a
// reverse proxy on the same host, and as `npm run dev` always does. Next makes the proxy's
// rewrites of localized paths relative by comparing them with the host name it was given;
// given "127.0.0.1", every Spanish page past the home page answered a redirect to itself.
import { baseURL } from "../../playwright.config";
import { startArtifactServer, type ArtifactServer } from "./support/artifact-server";
import { expect, test } from "./support/fixtures";

const port = Number(new URL(baseURL).port) + 5;
let server: ArtifactServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startArtifactServer({
    port,
    settings: { HOSTNAME_BIND: "127.0.0.1", WEB_CONCURRENCY: "1", RUN_WORKER: "false" },
    logFile: ".data/e2e-loopback-bind.log",
  });
});

test.afterAll(async () => {
  await server?.stop();
});

test("a server bound to 127.0.0.1 serves the localized pages, by either name of the machine", async () => {
  for (const host of ["localhost", "127.0.0.1"]) {
    for (const path of ["/es/firmar", "/es/convenio", "/es/preguntas-frecuentes", "/en/sign"]) {
      const answer = await fetch(`http://${host}:${port}${path}`, { redirect: "manual" });
      expect(answer.status, `${host} ${path} (Location: ${answer.headers.get("location")})`).toBe(200);
    }
  }
});
