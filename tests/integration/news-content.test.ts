import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createNewsDraft,
  findNewsForEditing,
  findPublishedNews,
  listNewsForOrganizers,
  listPublishedNews,
  listPublishedSlugs,
  publishNews,
  updateNewsText,
  type NewsCursor,
} from "@/lib/news/content";
import { saveNewsFromEditor } from "@/lib/news/editor";
import { NEWS_FAN_OUT } from "@/lib/jobs/names";
import type { NewsText } from "@/lib/news/schema";

const AUTHOR = "organizadora@example.org";

function text(titleEs: string, overrides: Partial<NewsText> = {}): NewsText {
  return {
    titleEs,
    bodyEs: "Primer párrafo.\n\nSegundo, con [un enlace](https://example.org).",
    titleEn: `${titleEs} (en)`,
    bodyEn: "First paragraph.\n\nSecond.",
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);

async function clean() {
  await db().newsDelivery.deleteMany();
  await db().newsUpdate.deleteMany();
}

beforeEach(clean);
afterAll(clean);

async function fanOutJobs(updateId: string): Promise<number> {
  const [row] = await db().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = ${NEWS_FAN_OUT} AND j.payload->>'updateId' = ${updateId}`;
  return row?.count ?? 0;
}

describe("drafts", () => {
  it("stores a draft with a slug from the Spanish title, invisible to the public", async () => {
    const now = at("2026-11-30T10:00:00Z");
    const created = await createNewsDraft(db(), text("¿Qué sigue en el Senado?"), AUTHOR, { now });
    expect(created).toMatchObject({ slug: "que-sigue-en-el-senado", updatedAt: now });
    const stored = await findNewsForEditing(db(), created!.id);
    expect(stored).toMatchObject({
      status: "DRAFT",
      titleEs: "¿Qué sigue en el Senado?",
      titleEn: "¿Qué sigue en el Senado? (en)",
      publishedAt: null,
      emailQueuedAt: null,
    });
    expect(await findPublishedNews(db(), "que-sigue-en-el-senado")).toBeNull();
    expect((await listPublishedNews(db(), { limit: 10 })).items).toEqual([]);
    expect(await listPublishedSlugs(db())).toEqual([]);
  });

  it("gives each update of the same title its own slug", async () => {
    const slugs = [];
    for (let index = 0; index < 3; index += 1)
      slugs.push((await createNewsDraft(db(), text("Avance"), AUTHOR))!.slug);
    expect(slugs).toEqual(["avance", "avance-2", "avance-3"]);
  });

  it("gives unique slugs to drafts of one title created at the same moment", async () => {
    const created = await Promise.all(
      Array.from({ length: 6 }, () => createNewsDraft(db(), text("Al mismo tiempo"), AUTHOR)),
    );
    const slugs = created.map((update) => update!.slug);
    expect(new Set(slugs).size).toBe(6);
    expect(slugs.every((slug) => /^al-mismo-tiempo(-[2-6])?$/.test(slug))).toBe(true);
  });

  it("finds the first draft when the same new form is posted twice", async () => {
    const id = randomUUID();
    expect(await createNewsDraft(db(), text("Dos clics"), AUTHOR, { id })).toMatchObject({
      id,
      slug: "dos-clics",
    });
    expect(await createNewsDraft(db(), text("Dos clics"), AUTHOR, { id })).toBeNull();
    expect(await db().newsUpdate.count()).toBe(1);
  });

  it("saves a draft's new text, and its slug follows the new Spanish title", async () => {
    const created = (await createNewsDraft(db(), text("Título provisional"), AUTHOR, {
      now: at("2026-11-30T10:00:00Z"),
    }))!;
    const later = at("2026-11-30T11:00:00Z");
    const result = await updateNewsText(db(), created.id, text("Título final", { bodyEs: "Otro texto." }), {
      expectedUpdatedAt: created.updatedAt,
      now: later,
    });
    expect(result).toEqual({ outcome: "updated", slug: "titulo-final", status: "DRAFT", updatedAt: later });
    expect(await findNewsForEditing(db(), created.id)).toMatchObject({
      slug: "titulo-final",
      titleEs: "Título final",
      bodyEs: "Otro texto.",
      updatedAt: later,
    });
  });

  it("renames a draft to a title already taken with a numbered slug", async () => {
    await createNewsDraft(db(), text("Tomado"), AUTHOR);
    const other = (await createNewsDraft(db(), text("Libre"), AUTHOR))!;
    const result = await updateNewsText(db(), other.id, text("Tomado"), {
      expectedUpdatedAt: other.updatedAt,
    });
    expect(result).toMatchObject({ outcome: "updated", slug: "tomado-2" });
  });

  it("keeps a draft's numbered slug when its title changes only in accents or case", async () => {
    await createNewsDraft(db(), text("Avance"), AUTHOR);
    const second = (await createNewsDraft(db(), text("Avance"), AUTHOR))!;
    const result = await updateNewsText(db(), second.id, text("AVANCÉ"), {
      expectedUpdatedAt: second.updatedAt,
    });
    expect(result).toMatchObject({ outcome: "updated", slug: "avance-2" });
  });

  it("writes nothing over someone else's newer save", async () => {
    const created = (await createNewsDraft(db(), text("Original"), AUTHOR, {
      now: at("2026-11-30T10:00:00Z"),
    }))!;
    const theirs = at("2026-11-30T10:05:00Z");
    await updateNewsText(db(), created.id, text("Suyo"), {
      expectedUpdatedAt: created.updatedAt,
      now: theirs,
    });
    const mine = await updateNewsText(db(), created.id, text("Mío"), {
      expectedUpdatedAt: created.updatedAt,
    });
    expect(mine).toEqual({ outcome: "stale", updatedAt: theirs });
    expect((await findNewsForEditing(db(), created.id))?.titleEs).toBe("Suyo");
  });

  it("answers not-found for an update that does not exist", async () => {
    expect(await updateNewsText(db(), randomUUID(), text("Nada"))).toEqual({ outcome: "not-found" });
    expect(await publishNews(db(), randomUUID())).toBe("not-found");
  });
});

describe("publishing", () => {
  it("publishes a draft once: its publication date never changes", async () => {
    const created = (await createNewsDraft(db(), text("Una vez"), AUTHOR))!;
    const first = at("2026-12-01T15:00:00Z");
    expect(await publishNews(db(), created.id, { expectedUpdatedAt: created.updatedAt, now: first })).toBe(
      "published",
    );
    expect(await publishNews(db(), created.id, { now: at("2026-12-02T15:00:00Z") })).toBe(
      "already-published",
    );
    expect(await findNewsForEditing(db(), created.id)).toMatchObject({
      status: "PUBLISHED",
      publishedAt: first,
      updatedAt: first,
    });
    expect(await findPublishedNews(db(), "una-vez")).toMatchObject({ id: created.id, publishedAt: first });
  });

  it("publishes only the text the organizer saw", async () => {
    const created = (await createNewsDraft(db(), text("Visto"), AUTHOR, {
      now: at("2026-11-30T10:00:00Z"),
    }))!;
    await updateNewsText(db(), created.id, text("Visto", { bodyEs: "Cambiado por otra persona." }), {
      now: at("2026-11-30T10:01:00Z"),
    });
    expect(await publishNews(db(), created.id, { expectedUpdatedAt: created.updatedAt })).toBe("stale");
    expect((await findNewsForEditing(db(), created.id))?.status).toBe("DRAFT");
  });

  it("corrects a published update: same slug and publication date, a new updated_at", async () => {
    const created = (await createNewsDraft(db(), text("Primera versión"), AUTHOR))!;
    const publishedAt = at("2026-12-01T15:00:00Z");
    await publishNews(db(), created.id, { now: publishedAt });
    const correctedAt = at("2026-12-03T09:00:00Z");
    const result = await updateNewsText(db(), created.id, text("Otro título", { bodyEn: "Fixed." }), {
      expectedUpdatedAt: publishedAt,
      now: correctedAt,
    });
    expect(result).toEqual({
      outcome: "updated",
      slug: "primera-version",
      status: "PUBLISHED",
      updatedAt: correctedAt,
    });
    expect(await findPublishedNews(db(), "primera-version")).toMatchObject({
      titleEs: "Otro título",
      bodyEn: "Fixed.",
      publishedAt,
      updatedAt: correctedAt,
    });
  });

  it("lists only published updates, newest first, a page at a time", async () => {
    const publish = async (title: string, iso: string) => {
      const created = (await createNewsDraft(db(), text(title), AUTHOR))!;
      await publishNews(db(), created.id, { now: at(iso) });
      return created.id;
    };
    await publish("Primera", "2026-11-01T12:00:00Z");
    await createNewsDraft(db(), text("Borrador"), AUTHOR);
    await publish("Tercera", "2026-11-20T12:00:00Z");
    // Two published at the same instant still come in one stable order across pages.
    await publish("Segunda A", "2026-11-10T12:00:00Z");
    await publish("Segunda B", "2026-11-10T12:00:00Z");

    const titles: string[] = [];
    let after: NewsCursor | undefined;
    for (let page = 0; page < 10; page += 1) {
      const result = await listPublishedNews(db(), { limit: 2, after });
      titles.push(...result.items.map((item) => item.titleEs));
      if (!result.next) break;
      after = result.next;
    }
    expect(titles).toHaveLength(4);
    expect(titles[0]).toBe("Tercera");
    expect(titles.slice(1, 3).sort()).toEqual(["Segunda A", "Segunda B"]);
    expect(titles[3]).toBe("Primera");
    expect((await listPublishedSlugs(db())).map((row) => row.slug)).toEqual([
      "tercera",
      ...titles.slice(1, 3).map((title) => (title === "Segunda A" ? "segunda-a" : "segunda-b")),
      "primera",
    ]);
    expect(await findPublishedNews(db(), "borrador")).toBeNull();
  });

  it("lists every update for the organizers, drafts first", async () => {
    const published = (await createNewsDraft(db(), text("Publicada"), AUTHOR))!;
    await publishNews(db(), published.id);
    await createNewsDraft(db(), text("Borrador"), AUTHOR);
    expect((await listNewsForOrganizers(db())).map((row) => [row.titleEs, row.status])).toEqual([
      ["Borrador", "DRAFT"],
      ["Publicada", "PUBLISHED"],
    ]);
  });
});

describe("the editor's save and publish", () => {
  const request = (overrides: Partial<Parameters<typeof saveNewsFromEditor>[1]> = {}) => ({
    id: randomUUID(),
    version: null,
    text: text("Desde el editor"),
    intent: "save" as const,
    sendEmail: false,
    authorEmail: AUTHOR,
    ...overrides,
  });

  it("saves a new draft, then publishes it without email", async () => {
    const first = request();
    expect(await saveNewsFromEditor(db(), first)).toEqual({
      outcome: "saved",
      id: first.id,
      status: "DRAFT",
    });
    const stored = (await findNewsForEditing(db(), first.id))!;
    expect(
      await saveNewsFromEditor(db(), { ...first, version: stored.updatedAt, intent: "publish" }),
    ).toEqual({ outcome: "published", id: first.id, email: null });
    expect(await findNewsForEditing(db(), first.id)).toMatchObject({
      status: "PUBLISHED",
      emailQueuedAt: null,
    });
    expect(await fanOutJobs(first.id)).toBe(0);
  });

  it("publishes and queues the email once, however often the form is posted", async () => {
    const post = request({ intent: "publish", sendEmail: true });
    expect(await saveNewsFromEditor(db(), post)).toEqual({
      outcome: "published",
      id: post.id,
      email: "queued",
    });
    // The browser posts the same form again (a double click, a resubmitted page).
    expect(await saveNewsFromEditor(db(), post)).toEqual({
      outcome: "already-published",
      id: post.id,
      email: "already-queued",
    });
    expect(await db().newsUpdate.count()).toBe(1);
    expect(await fanOutJobs(post.id)).toBe(1);
  });

  it("leaves a published update's text alone when a stale publish form arrives", async () => {
    const post = request({ intent: "publish" });
    await saveNewsFromEditor(db(), post);
    const again = await saveNewsFromEditor(db(), { ...post, text: text("Otro texto"), sendEmail: false });
    expect(again).toEqual({ outcome: "already-published", id: post.id, email: null });
    expect((await findNewsForEditing(db(), post.id))?.titleEs).toBe("Desde el editor");
  });

  it("saves a correction of a published update", async () => {
    const post = request({ intent: "publish" });
    await saveNewsFromEditor(db(), post);
    const stored = (await findNewsForEditing(db(), post.id))!;
    const correction = await saveNewsFromEditor(db(), {
      ...post,
      intent: "save",
      version: stored.updatedAt,
      text: text("Desde el editor", { bodyEs: "Corregido." }),
    });
    expect(correction).toEqual({ outcome: "saved", id: post.id, status: "PUBLISHED" });
    expect(await findPublishedNews(db(), "desde-el-editor")).toMatchObject({
      bodyEs: "Corregido.",
      publishedAt: stored.publishedAt,
    });
  });

  it("tells the organizer that someone else saved first, with their version", async () => {
    const first = request();
    await saveNewsFromEditor(db(), first);
    const opened = (await findNewsForEditing(db(), first.id))!;
    const theirs = at("2031-01-01T00:00:00Z");
    await updateNewsText(db(), first.id, text("Suyo"), { now: theirs });
    expect(await saveNewsFromEditor(db(), { ...first, version: opened.updatedAt })).toEqual({
      outcome: "stale",
      version: theirs,
    });
    expect(await saveNewsFromEditor(db(), { ...first, version: theirs, intent: "publish" })).toMatchObject({
      outcome: "published",
    });
    expect((await findNewsForEditing(db(), first.id))?.titleEs).toBe("Desde el editor");
  });
});
