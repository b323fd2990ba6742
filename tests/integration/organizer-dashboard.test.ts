import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SignatureStatus } from "@/lib/generated/prisma/client";
import { readDashboardBreakdowns, readDashboardSummary } from "@/lib/organizers/dashboard";
import { MAX_CHART_DAYS, addDays } from "@/lib/organizers/dashboard-days";
import { ALL_TIME, type DateRange } from "@/lib/organizers/date-range";
import { confirmSignature } from "@/lib/petition/confirm";
import { signPetition } from "@/lib/petition/sign";
import { NOTICE, SECRET, confirmTokenFor, newSignature } from "./support/signatures";

// Every row lives in March 2001 (Mexico City kept standard time, UTC-6, that month), far from
// the signatures other test files make today, so the figures for that month are exact.
const at = (local: string) => new Date(`2001-${local}:00-06:00`);
const run = randomUUID().slice(0, 8);

interface Row {
  status: SignatureStatus;
  country?: string;
  state?: string | null;
  locale?: "es" | "en";
  source?: string | null;
  created: string;
  confirmed?: string;
  withdrawn?: string;
}

let invalidationId: string;
let sequence = 0;

async function insert(row: Row) {
  sequence += 1;
  const live = row.status === "PENDING" || row.status === "CONFIRMED";
  const email = `dashboard.${run}.${sequence}@example.org`;
  const country = row.country ?? "MX";
  await db().signature.create({
    data: {
      status: row.status,
      countryCode: country,
      stateCode: country === "MX" ? (row.state ?? "JAL") : null,
      locale: row.locale ?? "es",
      source: row.source ?? null,
      createdAt: at(row.created),
      confirmedAt: row.confirmed ? at(row.confirmed) : null,
      withdrawnAt: row.withdrawn ? at(row.withdrawn) : null,
      ...(live ? { name: "Firma de prueba", email, emailCanonical: email } : {}),
      invalidationId: row.status === "INVALIDATED" ? invalidationId : null,
    },
  });
}

// The rows go straight into the table, without the public counters, so they leave with
// the file: the test files that follow share this database and check the counters.
afterAll(async () => {
  await db().signature.deleteMany({ where: { email: { startsWith: `dashboard.${run}.` } } });
  await db().signature.deleteMany({ where: { invalidationId } });
  await db().$executeRaw`DELETE FROM "signature" WHERE "created_at" < '2002-01-01' AND "email" IS NULL`;
  await db().signatureInvalidation.delete({ where: { id: invalidationId } });
});

const whatsapp = `wa-${run}`;
const newsletter = `news-${run}`;

beforeAll(async () => {
  invalidationId = randomUUID();
  await db().signatureInvalidation.create({
    data: {
      id: invalidationId,
      organizerEmail: "equipo@example.org",
      signedFrom: at("03-03T00:00"),
      signatureCount: 2,
      confirmedCount: 1,
    },
  });
  const rows: Row[] = [
    // Confirmed in the range.
    { status: "CONFIRMED", state: "JAL", source: whatsapp, created: "03-01T10:00", confirmed: "03-01T11:00" },
    // 23:30 in Mexico City is already the next day in UTC: it counts on the 3rd.
    { status: "CONFIRMED", state: "JAL", locale: "en", created: "03-01T12:00", confirmed: "03-03T23:30" },
    { status: "CONFIRMED", state: "CMX", source: whatsapp, created: "03-02T09:00", confirmed: "03-03T09:00" },
    {
      status: "CONFIRMED",
      country: "US",
      locale: "en",
      source: newsletter,
      created: "03-04T08:00",
      confirmed: "03-05T08:00",
    },
    // Made before the range, confirmed in it.
    { status: "CONFIRMED", country: "ES", created: "02-27T08:00", confirmed: "03-02T08:00" },
    {
      status: "CONFIRMED",
      state: "JAL",
      locale: "en",
      source: whatsapp,
      created: "03-10T08:00",
      confirmed: "03-10T23:59",
    },
    // Made in the range, confirmed after it.
    { status: "CONFIRMED", state: "OAX", created: "03-09T08:00", confirmed: "03-11T00:30" },
    // Pending: two made in the range, two just outside it.
    { status: "PENDING", created: "03-02T08:00" },
    { status: "PENDING", created: "03-10T23:00" },
    { status: "PENDING", created: "03-11T00:10" },
    { status: "PENDING", created: "02-28T23:50" },
    // Withdrawn: after confirming, before confirming, and outside the range.
    { status: "WITHDRAWN", created: "03-01T09:00", confirmed: "03-01T09:30", withdrawn: "03-06T10:00" },
    { status: "WITHDRAWN", created: "03-02T10:00", withdrawn: "03-02T12:00" },
    { status: "WITHDRAWN", created: "02-20T10:00", confirmed: "02-20T11:00", withdrawn: "03-12T10:00" },
    // Invalidated: one made in the range, one after it.
    { status: "INVALIDATED", created: "03-03T10:00", confirmed: "03-03T10:30" },
    { status: "INVALIDATED", created: "03-12T10:00" },
  ];
  for (const row of rows) await insert(row);
});

const march = { from: "2001-03-01", to: "2001-03-10" };
const today = () => new Date("2026-11-29T18:00:00Z");

/** Both of the dashboard's reads, as the page's panels make them. */
async function readDashboard(range: DateRange, now: () => Date = today) {
  const [summary, breakdowns] = await Promise.all([
    readDashboardSummary(db(), range),
    readDashboardBreakdowns(db(), range, now),
  ]);
  return { ...summary, ...breakdowns };
}

describe("the dashboard's reads", () => {
  it("counts each status by the day it happened, in Mexico City time", async () => {
    const dashboard = await readDashboard(march);
    expect(dashboard.totals).toEqual({ confirmed: 6, pending: 2, withdrawn: 2, invalidated: 1 });
  });

  it("counts in the breakdowns the same confirmed signatures as the summary, each breakdown adding up to them", async () => {
    const dashboard = await readDashboard(march);
    expect(dashboard.confirmed).toBe(dashboard.totals.confirmed);
    const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
    expect(sum(dashboard.daily.days.map((day) => day.count))).toBe(6);
    expect(sum(dashboard.byCountry.map((row) => row.count))).toBe(6);
    expect(sum(dashboard.byLocale.map((row) => row.count))).toBe(6);
    expect(sum(dashboard.bySource.map((row) => row.count))).toBe(6);
  });

  it("measures conversion on signatures made in the range, counting withdrawn ones that had confirmed", async () => {
    const { conversion } = await readDashboard(march);
    // Made: 6 confirmed at some point (one of them after the range), 2 pending, 2 withdrawn.
    // Confirmed: those 6 and the one withdrawn after confirming. Invalidated rows are left out.
    expect(conversion).toEqual({ made: 10, confirmed: 7, rate: 0.7 });
  });

  it("charts confirmations per day with every day of the range, zeros included", async () => {
    const { daily } = await readDashboard(march);
    expect(daily).toEqual({
      truncated: false,
      days: [
        { day: "2001-03-01", count: 1 },
        { day: "2001-03-02", count: 1 },
        { day: "2001-03-03", count: 2 },
        { day: "2001-03-04", count: 0 },
        { day: "2001-03-05", count: 1 },
        { day: "2001-03-06", count: 0 },
        { day: "2001-03-07", count: 0 },
        { day: "2001-03-08", count: 0 },
        { day: "2001-03-09", count: 0 },
        { day: "2001-03-10", count: 1 },
      ],
    });
  });

  it("breaks confirmed signatures down by state, country, language and source", async () => {
    const dashboard = await readDashboard(march);
    expect(dashboard.byState).toEqual({ JAL: 3, CMX: 1 });
    expect(dashboard.byCountry).toEqual([
      { key: "MX", count: 4 },
      { key: "ES", count: 1 },
      { key: "US", count: 1 },
    ]);
    expect(dashboard.byLocale).toEqual([
      { key: "es", count: 3 },
      { key: "en", count: 3 },
    ]);
    expect(dashboard.bySource).toEqual([
      { key: whatsapp, count: 3 },
      { key: null, count: 2 },
      { key: newsletter, count: 1 },
    ]);
  });

  it("narrows every figure to a single day", async () => {
    const dashboard = await readDashboard({ from: "2001-03-03", to: "2001-03-03" });
    expect(dashboard.totals).toEqual({ confirmed: 2, pending: 0, withdrawn: 0, invalidated: 1 });
    // Only an invalidated signature was made that day: there is no rate to give.
    expect(dashboard.conversion).toEqual({ made: 0, confirmed: 0, rate: null });
    expect(dashboard.daily.days).toEqual([{ day: "2001-03-03", count: 2 }]);
    expect(dashboard.byState).toEqual({ JAL: 1, CMX: 1 });
    expect(dashboard.byLocale).toEqual([
      { key: "es", count: 1 },
      { key: "en", count: 1 },
    ]);
    expect(dashboard.bySource).toEqual([
      { key: whatsapp, count: 1 },
      { key: null, count: 1 },
    ]);
  });

  it("charts an open range up to today and no further", async () => {
    const { daily } = await readDashboard({ from: "2001-03-09", to: null }, () => at("03-12T12:00"));
    expect(daily.days).toEqual([
      { day: "2001-03-09", count: 0 },
      { day: "2001-03-10", count: 1 },
      { day: "2001-03-11", count: 1 },
      { day: "2001-03-12", count: 0 },
    ]);
  });

  it("starts the chart at the first confirmation when the range has no start", async () => {
    const { daily } = await readDashboard({ from: null, to: "2001-03-02" });
    expect(daily.days).toEqual([
      { day: "2001-03-01", count: 1 },
      { day: "2001-03-02", count: 1 },
    ]);
  });

  it("draws only the last year of a longer range, while the totals keep all of it", async () => {
    const dashboard = await readDashboard({ from: "1990-01-01", to: "2001-03-10" });
    expect(dashboard.totals.confirmed).toBe(6);
    expect(dashboard.daily.truncated).toBe(true);
    expect(dashboard.daily.days).toHaveLength(MAX_CHART_DAYS);
    expect(dashboard.daily.days[0]?.day).toBe(addDays("2001-03-10", 1 - MAX_CHART_DAYS));
    expect(dashboard.daily.days.at(-1)).toEqual({ day: "2001-03-10", count: 1 });
  });

  it("returns empty figures for a range with no signatures", async () => {
    const dashboard = await readDashboard({ from: "1999-01-01", to: "1999-01-03" });
    expect(dashboard.totals).toEqual({ confirmed: 0, pending: 0, withdrawn: 0, invalidated: 0 });
    expect(dashboard.conversion.rate).toBeNull();
    expect(dashboard.daily.days.map((day) => day.count)).toEqual([0, 0, 0]);
    expect(dashboard.byState).toEqual({});
    expect(dashboard.byCountry).toEqual([]);
    expect(dashboard.byLocale).toEqual([
      { key: "es", count: 0 },
      { key: "en", count: 0 },
    ]);
    expect(dashboard.bySource).toEqual([]);
  });

  it("shows a signature confirmed a moment ago on the next read", async () => {
    const source = `live-${run}`;
    const before = await readDashboard(ALL_TIME, () => new Date());
    const signature = newSignature({ stateCode: "ZAC", locale: "en", source });
    await signPetition({ db: db(), secret: SECRET }, signature);
    const pending = await readDashboard(ALL_TIME, () => new Date());
    expect(pending.totals.pending - before.totals.pending).toBe(1);

    await confirmSignature({ db: db(), secret: SECRET }, await confirmTokenFor(signature.email), NOTICE.es);
    const after = await readDashboard(ALL_TIME, () => new Date());
    expect(after.totals.confirmed - before.totals.confirmed).toBe(1);
    expect(after.totals.pending - before.totals.pending).toBe(0);
    expect((after.byState.ZAC ?? 0) - (before.byState.ZAC ?? 0)).toBe(1);
    expect(after.bySource).toContainEqual({ key: source, count: 1 });
    const lastDay = (dashboard: typeof after) => dashboard.daily.days.at(-1)?.count ?? 0;
    expect(lastDay(after) - lastDay(before)).toBe(1);
  });
});
