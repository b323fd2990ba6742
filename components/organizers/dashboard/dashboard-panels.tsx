import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readDashboardBreakdowns, readDashboardSummary } from "@/lib/organizers/dashboard";
import type { DateRange } from "@/lib/organizers/date-range";
import { DailyChart } from "./daily-chart";
import { DashboardBreakdowns } from "./dashboard-breakdowns";
import { DashboardTotals } from "./dashboard-totals";

// Each panel reads its own figures inside its own Suspense boundary, so it appears as soon as
// its query is done, whatever the others are waiting for.

// The chart and the breakdowns show one query's result: cache() runs it once per request
// for both. Keyed by the days rather than the range object, so equal ranges share it.
const breakdownsFor = cache((from: string | null, to: string | null) =>
  readDashboardBreakdowns(db(), { from, to }),
);

export async function DashboardTotalsPanel({ range }: { range: DateRange }) {
  const { totals, conversion } = await readDashboardSummary(db(), range);
  return <DashboardTotals totals={totals} conversion={conversion} />;
}

export async function DailyChartPanel({ range }: { range: DateRange }) {
  const { daily } = await breakdownsFor(range.from, range.to);
  return <DailyChart days={daily.days} truncated={daily.truncated} />;
}

export async function DashboardBreakdownsPanel({ range }: { range: DateRange }) {
  const breakdowns = await breakdownsFor(range.from, range.to);
  // Shares are of the signatures these tables count, so each table adds up to 100 %.
  return <DashboardBreakdowns breakdowns={breakdowns} total={breakdowns.confirmed} />;
}
