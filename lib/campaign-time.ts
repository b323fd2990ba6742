// The campaign's clock. Its days, deadlines and "as of" times are Mexico City's, wherever
// the server or the reader is, so every module that needs the zone or a campaign day takes
// it from here. Organizers type times as they read them on a clock in Mexico City (an
// HTML datetime-local field carries no zone); the database compares instants. The
// database's own campaign_day() (prisma/migrations/20261201000000_signature_counters_trigger)
// names the same zone for the counters; tests/integration/properties/counters.test.ts
// holds the two equal.

/** Calendar days of the campaign are counted in Mexico City time. */
export const CAMPAIGN_TIME_ZONE = "America/Mexico_City";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: CAMPAIGN_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClockParts(instant: Date) {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  const number = (type: string) => Number(parts[type]);
  return {
    year: number("year"),
    month: number("month"),
    day: number("day"),
    hour: number("hour"),
    minute: number("minute"),
    second: number("second"),
  };
}

/** Minutes between UTC and Mexico City's clock at an instant (negative west of Greenwich). */
function offsetMinutes(instant: Date): number {
  const p = wallClockParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-11-29T14:30" read on Mexico City's clock, or null when it is no such time. */
export function parseCampaignDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 30 February over into March; a typed date must exist as typed.
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  // The second pass settles the offset when the first guess falls across a change of it.
  const first = wall - offsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first)) * 60_000);
}

/** The Mexico City calendar day (YYYY-MM-DD) an instant falls on. */
export function campaignDay(instant: Date): string {
  return toCampaignDateTimeInput(instant).slice(0, 10);
}

/** The datetime-local value ("2026-11-29T14:30") of an instant on Mexico City's clock. */
export function toCampaignDateTimeInput(instant: Date): string {
  const p = wallClockParts(instant);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The first instant of a campaign day ("2026-11-29"), or null when it is no such day. */
export function startOfCampaignDay(day: string): Date | null {
  return parseCampaignDateTime(`${day}T00:00`);
}

/** The last millisecond of a campaign day ("2026-11-29"), or null when it is no such day. */
export function endOfCampaignDay(day: string): Date | null {
  const start = parseCampaignDateTime(`${day}T23:59:59`);
  return start && new Date(start.getTime() + 999);
}
