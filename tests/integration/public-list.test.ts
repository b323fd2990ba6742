import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invalidateSignatures } from "@/lib/organizers/abuse/invalidate";
import { hidePublicName } from "@/lib/organizers/public-list/hide";
import { REASON_MAX_LENGTH } from "@/lib/organizers/public-list/limits";
import { listHiddenNames } from "@/lib/organizers/public-list/log";
import { findListedName, searchListedNames } from "@/lib/organizers/public-list/search";
import { deriveToken, hashToken } from "@/lib/security/tokens";
import { withdrawSignature } from "@/lib/petition/withdraw";
import { pageCount, pageLinks, parseLaterPage } from "@/lib/signers/pages";
import { countListedNames, readListedNames, type PublicSigner } from "@/lib/signers/public-list";

const ORGANIZER = "organizadora@example.org";
const SECRET = process.env.APP_SECRET!;

// Signatures here are confirmed decades ahead of every other file's, so they are the
// newest on the shared database's list and each test reads them from the top.
let clock = Date.UTC(2060, 0, 1);
function later(): Date {
  clock += 60_000;
  return new Date(clock);
}

const created: string[] = [];

interface Fixture {
  id: string;
  name: string;
  withdrawToken: string;
  domain: string;
}

/**
 * A signature as signing and confirming leave it, written directly so these tests depend on
 * the list's rules only, not on the signing flow's details (the database counts it).
 */
async function signature({
  name = `Firmante ${randomBytes(4).toString("hex")}`,
  status = "CONFIRMED",
  showName = true,
  countryCode = "MX",
  stateCode = "JAL",
  confirmedAt = later(),
}: {
  name?: string;
  status?: "CONFIRMED" | "PENDING";
  showName?: boolean;
  countryCode?: string;
  stateCode?: string | null;
  confirmedAt?: Date;
} = {}): Promise<Fixture> {
  const id = randomUUID();
  const domain = `lista-${randomBytes(6).toString("hex")}.test`;
  const email = `firma@${domain}`;
  const withdrawToken = deriveToken(SECRET, "withdraw", id);
  const confirmed = status === "CONFIRMED";
  await db().$executeRaw`
    INSERT INTO "signature" ("id", "status", "name", "email", "email_canonical", "country_code",
      "state_code", "show_name", "locale", "created_at", "confirmed_at", "withdraw_token_hash")
    VALUES (${id}::uuid, ${status}::"signature_status", ${name}, ${email}, ${email}, ${countryCode},
      ${stateCode}, ${showName}, 'es', ${confirmedAt}, ${confirmed ? confirmedAt : null},
      ${hashToken(withdrawToken)})`;
  created.push(id);
  return { id, name, withdrawToken, domain };
}

async function withdraw(fixture: Fixture): Promise<void> {
  expect(await withdrawSignature(db(), fixture.withdrawToken)).toBe(true);
}

async function total(): Promise<number> {
  const row = await db().signatureCount.findUnique({
    where: { scope_code: { scope: "total", code: "all" } },
  });
  return row?.count ?? 0;
}

/** Every name on the list, reading it page by page as visitors do. */
async function wholeList(pageSize = 100): Promise<PublicSigner[]> {
  const pages = pageCount(await countListedNames(db()), pageSize);
  const names: PublicSigner[] = [];
  for (let page = 1; page <= pages; page += 1)
    names.push(...(await readListedNames(db(), { page, pageSize })));
  return names;
}

async function listedNames(): Promise<string[]> {
  return (await wholeList()).map((signer) => signer.name);
}

async function hidingRows(signatureId: string): Promise<number> {
  return db().publicNameHiding.count({ where: { signatureId } });
}

afterAll(async () => {
  // Deleting a signature takes it out of the counters too.
  await db().signature.deleteMany({ where: { id: { in: created } } });
});

describe("the public list", () => {
  it("shows only confirmed signers who chose to be shown, not hidden, not erased, newest first", async () => {
    const before = await countListedNames(db());
    await signature({ name: "Rosa Older" });
    const pending = await signature({ name: "Pendiente Sin Confirmar", status: "PENDING" });
    const unshown = await signature({ name: "Prefiere No Mostrarse", showName: false });
    const hidden = await signature({ name: "Nombre Ocultado" });
    const erased = await signature({ name: "Borrada Por Retención" });
    await signature({ name: "Lucía Newer", countryCode: "CA", stateCode: null });

    expect(
      (
        await hidePublicName(db(), {
          signatureId: hidden.id,
          reason: "Suplanta a alguien",
          organizerEmail: ORGANIZER,
        })
      ).outcome,
    ).toBe("hidden");
    // What retention leaves once the campaign is over: the signature counts, its name is gone.
    await db().$executeRaw`
      UPDATE "signature" SET "name" = NULL, "email" = NULL, "email_canonical" = NULL,
        "withdraw_token_hash" = NULL, "erased_at" = now()
      WHERE "id" = ${erased.id}::uuid`;

    const [first, second] = await readListedNames(db(), { page: 1 });
    expect(first).toEqual({
      name: "Lucía Newer",
      countryCode: "CA",
      stateCode: null,
      confirmedOn: expect.any(String),
    });
    expect(second).toMatchObject({ name: "Rosa Older", countryCode: "MX", stateCode: "JAL" });

    const names = await listedNames();
    for (const absent of [pending, unshown, hidden]) expect(names).not.toContain(absent.name);
    expect(names.filter((name) => name === "Lucía Newer" || name === "Rosa Older")).toEqual([
      "Lucía Newer",
      "Rosa Older",
    ]);
    expect(await countListedNames(db())).toBe(before + 2);
    expect(names).toHaveLength(before + 2);
  });

  it("dates each name by its day of confirmation in Mexico City", async () => {
    // 03:30 UTC on the 2nd is still the evening of the 1st in Mexico City (UTC-6).
    clock = Date.UTC(2061, 2, 2, 3, 30);
    await signature({ name: "Noche En La Ciudad", confirmedAt: new Date(clock) });
    const [top] = await readListedNames(db(), { page: 1 });
    expect(top).toMatchObject({ name: "Noche En La Ciudad", confirmedOn: "2061-03-01" });
  });

  it("splits the list into pages that neither overlap nor skip a name, ties included", async () => {
    await signature({ name: "Página Uno" });
    const tie = later();
    await signature({ name: "Página Dos A", confirmedAt: tie });
    await signature({ name: "Página Dos B", confirmedAt: tie });
    await signature({ name: "Página Tres" });
    await signature({ name: "Página Cuatro" });

    const pages = await Promise.all([1, 2, 3].map((page) => readListedNames(db(), { page, pageSize: 2 })));
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
    const topFive = pages
      .flat()
      .slice(0, 5)
      .map((signer) => signer.name);
    // Newest first; the two that share a confirmation time come in a fixed order.
    expect(topFive.slice(0, 2)).toEqual(["Página Cuatro", "Página Tres"]);
    expect(topFive.slice(2, 4).sort()).toEqual(["Página Dos A", "Página Dos B"]);
    expect(topFive[4]).toBe("Página Uno");
    const again = await readListedNames(db(), { page: 2, pageSize: 2 });
    expect(again.map((signer) => signer.name)).toEqual(topFive.slice(2, 4));

    // Read seven at a time, the whole list is the same sequence as read in one go.
    const listed = await countListedNames(db());
    expect(await wholeList(7)).toEqual(await readListedNames(db(), { page: 1, pageSize: listed }));
  });

  it("drops a name when its signer withdraws", async () => {
    const signer = await signature({ name: "Se Arrepiente" });
    const listed = await countListedNames(db());
    expect(await listedNames()).toContain("Se Arrepiente");

    await withdraw(signer);
    expect(await listedNames()).not.toContain("Se Arrepiente");
    expect(await countListedNames(db())).toBe(listed - 1);
  });

  it("drops a name when organizers set its signature aside", async () => {
    const signer = await signature({ name: "Firma De Bot" });
    expect(await listedNames()).toContain("Firma De Bot");

    const result = await invalidateSignatures(db(), {
      criterion: { emailDomain: signer.domain, ipHash: null, signedFrom: null, signedUntil: null },
      organizerEmail: ORGANIZER,
      expected: 1,
    });
    expect(result.outcome).toBe("invalidated");
    expect(await listedNames()).not.toContain("Firma De Bot");
  });
});

describe("hiding a name", () => {
  it("takes the name off the list, keeps the signature counted and logs who and why", async () => {
    const signer = await signature({ name: "Nombre Ofensivo" });
    const [counted, listed] = [await total(), await countListedNames(db())];

    const result = await hidePublicName(db(), {
      signatureId: signer.id,
      reason: "  Insulta a   una sobreviviente ",
      organizerEmail: ORGANIZER,
    });

    expect(result).toEqual({ outcome: "hidden", name: "Nombre Ofensivo" });
    expect(await listedNames()).not.toContain("Nombre Ofensivo");
    expect(await countListedNames(db())).toBe(listed - 1);
    expect(await total()).toBe(counted);
    const row = await db().signature.findUnique({
      where: { id: signer.id },
      select: { status: true, name: true },
    });
    expect(row).toEqual({ status: "CONFIRMED", name: "Nombre Ofensivo" });

    const [entry] = await listHiddenNames(db());
    expect(entry).toMatchObject({
      name: "Nombre Ofensivo",
      organizerEmail: ORGANIZER,
      reason: "Insulta a una sobreviviente",
    });
    expect(entry!.createdAt).toBeInstanceOf(Date);
  });

  it("hides a name once; a second attempt changes nothing", async () => {
    const signer = await signature();
    const request = { signatureId: signer.id, reason: "Duplicada", organizerEmail: ORGANIZER };
    expect((await hidePublicName(db(), request)).outcome).toBe("hidden");
    expect(await hidePublicName(db(), { ...request, organizerEmail: "otra@example.org" })).toEqual({
      outcome: "already-hidden",
    });
    expect(await hidingRows(signer.id)).toBe(1);
  });

  it("does nothing for a pending, withdrawn, unshown or unknown signature", async () => {
    const pending = await signature({ status: "PENDING" });
    const unshown = await signature({ showName: false });
    const withdrawn = await signature();
    await withdraw(withdrawn);
    const counted = await total();

    for (const signatureId of [pending.id, unshown.id, withdrawn.id, randomUUID()]) {
      const result = await hidePublicName(db(), {
        signatureId,
        reason: "No debería",
        organizerEmail: ORGANIZER,
      });
      expect(result).toEqual({ outcome: "not-listed" });
      expect(await hidingRows(signatureId)).toBe(0);
    }
    expect(await total()).toBe(counted);
  });

  it("requires a short reason, and a signature id", async () => {
    const signer = await signature({ name: "Sin Motivo" });
    const attempt = (reason: unknown, signatureId: unknown = signer.id) =>
      hidePublicName(db(), { signatureId, reason, organizerEmail: ORGANIZER });

    expect(await attempt("")).toEqual({ outcome: "invalid", errors: { reason: "reasonRequired" } });
    expect(await attempt("   \n ")).toEqual({ outcome: "invalid", errors: { reason: "reasonRequired" } });
    expect(await attempt(undefined)).toEqual({ outcome: "invalid", errors: { reason: "reasonRequired" } });
    expect(await attempt("no")).toEqual({ outcome: "invalid", errors: { reason: "reasonTooShort" } });
    expect(await attempt("x".repeat(REASON_MAX_LENGTH + 1))).toEqual({
      outcome: "invalid",
      errors: { reason: "reasonTooLong" },
    });
    expect(await attempt("Motivo\u202Eoculto")).toEqual({
      outcome: "invalid",
      errors: { reason: "reasonInvalidCharacters" },
    });
    expect(await attempt("Motivo válido", "not-a-uuid")).toEqual({
      outcome: "invalid",
      errors: { signatureId: "signatureInvalid" },
    });
    expect(await hidingRows(signer.id)).toBe(0);
    expect(await listedNames()).toContain("Sin Motivo");
    expect((await attempt("x".repeat(REASON_MAX_LENGTH))).outcome).toBe("hidden");
  });

  it("drops the log entry once the signer withdraws: its reason may describe the person", async () => {
    const signer = await signature({ name: "Retira Después" });
    await hidePublicName(db(), { signatureId: signer.id, reason: "Nombre falso", organizerEmail: ORGANIZER });
    expect((await listHiddenNames(db())).map((entry) => entry.reason)).toContain("Nombre falso");
    await withdraw(signer);

    expect((await listHiddenNames(db())).map((entry) => entry.reason)).not.toContain("Nombre falso");
  });
});

describe("searching the list", () => {
  it("finds names regardless of case and accents, and only names on the list", async () => {
    const tag = randomBytes(3).toString("hex");
    const accented = await signature({ name: `María Núñez ${tag}` });
    const plain = await signature({ name: `MARIA NUNEZ ${tag}` });
    const hidden = await signature({ name: `Maria Nunez ${tag} oculta` });
    await hidePublicName(db(), { signatureId: hidden.id, reason: "Repetida", organizerEmail: ORGANIZER });

    for (const query of [`maria nunez ${tag}`, `MARÍA NÚÑEZ ${tag}`, `ñez ${tag}`]) {
      const { names, more } = await searchListedNames(db(), query);
      expect(names.map((found) => found.name)).toEqual([plain.name, accented.name]);
      expect(more).toBe(false);
    }
    const [found] = (await searchListedNames(db(), plain.name)).names;
    expect(found).toEqual({
      signatureId: plain.id,
      name: plain.name,
      countryCode: "MX",
      stateCode: "JAL",
      confirmedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect((await searchListedNames(db(), `nadie ${tag}`)).names).toEqual([]);
  });

  it("treats the query as text, not as a pattern", async () => {
    const signer = await signature({ name: `Ana 100% Real ${randomBytes(3).toString("hex")}` });
    expect((await searchListedNames(db(), "100%")).names.map((found) => found.name)).toContain(signer.name);
    expect((await searchListedNames(db(), "_%_%_")).names).toEqual([]);
  });

  it("lists the newest names for an empty query, and says when there are more", async () => {
    const newest = await signature({ name: "La Más Reciente" });
    const { names, more } = await searchListedNames(db(), "", 3);
    expect(names).toHaveLength(3);
    expect(names[0]!.name).toBe(newest.name);
    expect(more).toBe(true);
  });

  it("finds one listed name by id, and nothing once it is hidden", async () => {
    const signer = await signature({ name: "Buscada Por Id" });
    expect(await findListedName(db(), signer.id)).toMatchObject({
      signatureId: signer.id,
      name: "Buscada Por Id",
    });
    await hidePublicName(db(), { signatureId: signer.id, reason: "Revisada", organizerEmail: ORGANIZER });
    expect(await findListedName(db(), signer.id)).toBeNull();
    expect(await findListedName(db(), "not-a-uuid")).toBeNull();
  });
});

describe("page numbers", () => {
  it("counts at least one page", () => {
    expect([0, 1, 100, 101, 300_000].map((listed) => pageCount(listed, 100))).toEqual([1, 1, 1, 2, 3000]);
  });

  it("accepts one address per later page", () => {
    expect(["2", "37", "10000000"].map(parseLaterPage)).toEqual([2, 37, 10_000_000]);
    expect(parseLaterPage("1")).toBe("first");
    for (const segment of ["0", "02", "-3", "2.5", "1e3", "dos", "", "10000001", "99999999999"]) {
      expect(parseLaterPage(segment)).toBeNull();
    }
  });

  it("links the first, the last and the pages around the current one", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks(7, 3000)).toEqual([1, "gap", 5, 6, 7, 8, 9, "gap", 3000]);
    expect(pageLinks(4, 3000)).toEqual([1, 2, 3, 4, 5, 6, "gap", 3000]);
    expect(pageLinks(3000, 3000)).toEqual([1, "gap", 2998, 2999, 3000]);
  });
});
