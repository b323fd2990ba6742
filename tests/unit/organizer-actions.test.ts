import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const session = vi.hoisted(() => ({
  answer: "anonymous" as "anonymous" | "signed-in" | "outage",
  databaseCalls: 0,
}));

// Next's redirect() throws an error whose digest starts with NEXT_REDIRECT.
const redirectToSignIn = () =>
  Object.assign(new Error("NEXT_REDIRECT"), {
    digest: "NEXT_REDIRECT;replace;/es/organizadores/entrar;307;",
  });

vi.mock("@/lib/organizers/current", () => ({
  organizerForAction: async () => {
    if (session.answer === "anonymous") throw redirectToSignIn();
    if (session.answer === "outage") return null;
    return { email: "organizadora@example.org" };
  },
}));
vi.mock("@/lib/db", () => {
  const refuse = () => {
    session.databaseCalls++;
    throw new Error("the database was read");
  };
  return { db: refuse, pool: refuse };
});

const { organizerAction, isOrganizerAction } = await import("@/lib/organizers/organizer-action");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

type State = { status: string; typed?: string; count?: number };

function echoAction(run: (count: number) => Promise<State>) {
  return organizerAction({
    name: "echoAction",
    read: (formData) => ({ typed: String(formData.get("count") ?? "") }),
    schema: z.object({ typed: z.coerce.number().int().positive() }),
    invalid: ({ typed }): State => ({ status: "invalid", typed }),
    unavailable: ({ typed }): State => ({ status: "unavailable", typed }),
    run: ({ input }) => run(input.typed),
  });
}

const outage = () => Object.assign(new Error("refused"), { code: "ECONNREFUSED" });

beforeEach(() => {
  session.answer = "signed-in";
  session.databaseCalls = 0;
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("organizerAction", () => {
  it("sends an anonymous post to the sign-in page before it parses or runs anything", async () => {
    session.answer = "anonymous";
    const run = vi.fn(async (): Promise<State> => ({ status: "done" }));
    await expect(echoAction(run)({ status: "idle" }, form({ count: "3" }))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers unavailable, keeping what was typed, when the session cannot be checked", async () => {
    session.answer = "outage";
    const run = vi.fn(async (): Promise<State> => ({ status: "done" }));
    expect(await echoAction(run)({ status: "idle" }, form({ count: "3" }))).toEqual({
      status: "unavailable",
      typed: "3",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers invalid input with the form as typed and never runs the work", async () => {
    const run = vi.fn(async (): Promise<State> => ({ status: "done" }));
    expect(await echoAction(run)({ status: "idle" }, form({ count: "many" }))).toEqual({
      status: "invalid",
      typed: "many",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the work with the parsed input", async () => {
    const action = echoAction(async (count) => ({ status: "done", count }));
    expect(await action({ status: "idle" }, form({ count: "3" }))).toEqual({ status: "done", count: 3 });
  });

  it("answers unavailable when the database goes away during the work", async () => {
    const action = echoAction(async () => {
      throw outage();
    });
    expect(await action({ status: "idle" }, form({ count: "3" }))).toEqual({
      status: "unavailable",
      typed: "3",
    });
  });

  it("lets a bug reach the error page, and Next's redirects through", async () => {
    const bug = echoAction(async () => {
      throw new TypeError("a bug");
    });
    // Logged and rethrown by its class only: the message may quote what someone typed.
    await expect(bug({ status: "idle" }, form({ count: "3" }))).rejects.toThrow(
      "echoAction failed: TypeError",
    );
    const redirecting = echoAction(async () => {
      throw redirectToSignIn();
    });
    await expect(redirecting({ status: "idle" }, form({ count: "3" }))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
  });
});

// Every action behind the organizer session, found by file name, so a new one cannot be
// missed. Signing in is the one thing done without a session.
const organizerActionModules = import.meta.glob<Record<string, unknown>>([
  "/components/organizers/**/*actions.ts",
  "!/components/organizers/sign-in/**",
]);

describe("every organizer action", () => {
  const files = Object.keys(organizerActionModules);

  it("finds the action files", () => {
    expect(files.map((file) => file.split("/").at(-2)).sort()).toEqual([
      "abuse",
      "news",
      "settings",
      "signers",
    ]);
  });

  it.each(files)(
    "is built by organizerAction and refuses an anonymous post before reading the database (%s)",
    async (file) => {
      const actions = Object.entries(await organizerActionModules[file]!());
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        expect(isOrganizerAction(action), `${file}: ${name}`).toBe(true);
        session.answer = "anonymous";
        const post = (action as (previous: unknown, formData: FormData) => Promise<unknown>)(
          { status: "idle" },
          form({ locale: "es", intent: "invalidate", query: "Ana" }),
        );
        await expect(post, `${file}: ${name}`).rejects.toMatchObject({
          digest: expect.stringMatching(/^NEXT_REDIRECT/),
        });
      }
      expect(session.databaseCalls).toBe(0);
    },
  );
});
