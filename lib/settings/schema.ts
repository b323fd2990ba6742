// The settings organizers change without code. Each one is stored as JSON text in
// campaign_setting.value under its key; a missing or malformed value reads as undefined,
// and the site then hides whatever depends on it.
import { z } from "zod";
import { endOfCampaignDay, startOfCampaignDay } from "@/lib/campaign-time";

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const webUrl = z.url({ protocol: /^https?$/ });

/** Limits of one press quote, shared with the organizer form's maxLength attributes. */
export const PRESS_QUOTE_LIMITS = { quotes: 10, text: 600, short: 200, url: 2000 } as const;

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const inBothLanguages = (max: number) => z.object({ es: requiredText(max), en: requiredText(max) });

/**
 * Something a person really said, for the press page. Quotes come only from here, never
 * from the site's copy: a journalist may print them under that person's name.
 */
export const pressQuoteSchema = z.object({
  text: inBothLanguages(PRESS_QUOTE_LIMITS.text),
  speaker: requiredText(PRESS_QUOTE_LIMITS.short),
  /** What the speaker is (e.g. "fundadora de la campaña" / "the campaign's founder"), optional. */
  role: inBothLanguages(PRESS_QUOTE_LIMITS.short).optional(),
  /** The day it was said (YYYY-MM-DD). */
  date: z.iso.date(),
  /** Where it was said or published; the address is optional but must be https. */
  source: z.object({
    label: requiredText(PRESS_QUOTE_LIMITS.short),
    url: z
      .url({ protocol: /^https$/ })
      .max(PRESS_QUOTE_LIMITS.url)
      .optional(),
  }),
});

export type PressQuote = z.infer<typeof pressQuoteSchema>;

export const settingSchemas = {
  /** The number of signatures the campaign aims for. */
  target: z.number().int().positive(),
  /** When the petition opens and closes (YYYY-MM-DD, or a full ISO date-time with offset). */
  opensAt: isoDate,
  closesAt: isoDate,
  pressContact: z.object({
    name: z.string().trim().min(1),
    email: z.email(),
    phone: z.string().trim().min(1).optional(),
  }),
  /** The "responsable" the privacy notice names (identity and address are required by Mexican law). */
  privacyController: z.object({
    name: z.string().trim().min(1),
    address: z.string().trim().min(1),
    email: z.email(),
  }),
  /** How long signatures are kept after the campaign closes, in months. */
  retentionPeriod: z.object({ months: z.number().int().positive().max(120) }),
  /** Services for people living through digital violence. Labels are proper names, shown as written. */
  supportLinks: z
    .array(
      z.object({ label: z.string().trim().min(1), url: webUrl, phone: z.string().trim().min(1).optional() }),
    )
    .min(1),
  /**
   * Whether a signer still unconfirmed a day after their latest link gets one reminder with a
   * fresh link (lib/jobs/reminders.ts). Absent means on.
   */
  confirmationReminder: z.boolean(),
  /** Quotes the press page shows, in this order; without any it shows no quotes at all. */
  pressQuotes: z.array(pressQuoteSchema).min(1).max(PRESS_QUOTE_LIMITS.quotes),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type CampaignSettings = { [K in SettingKey]?: z.infer<(typeof settingSchemas)[K]> };

export const SETTING_KEYS = Object.keys(settingSchemas) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}

/** The typed value of one stored setting, or undefined when it is not valid JSON of the right shape. */
export function parseSettingValue<K extends SettingKey>(key: K, stored: string): CampaignSettings[K] {
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return undefined;
  }
  const result = settingSchemas[key].safeParse(json);
  return result.success ? (result.data as CampaignSettings[K]) : undefined;
}

/** Every known setting from the stored rows; unknown keys are ignored. */
export function parseSettings(rows: readonly { key: string; value: string }[]): CampaignSettings {
  const settings: Record<string, unknown> = {};
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    const value = parseSettingValue(row.key, row.value);
    if (value !== undefined) settings[row.key] = value;
  }
  return settings as CampaignSettings;
}

export class InvalidSettingError extends Error {
  override name = "InvalidSettingError";
}

/** Checks a value before it is stored and returns its JSON text; throws a message an organizer can act on. */
export function serializeSetting(key: string, value: unknown): string {
  if (!isSettingKey(key)) {
    throw new InvalidSettingError(`Unknown setting "${key}". Known settings: ${SETTING_KEYS.join(", ")}.`);
  }
  const result = settingSchemas[key].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    throw new InvalidSettingError(`Setting "${key}" is invalid${where}: ${issue?.message ?? "wrong shape"}.`);
  }
  return JSON.stringify(result.data);
}

export type PetitionPhase = "not-open" | "open" | "closed";

/** Where the petition stands: open between the optional opening and closing dates. */
export function petitionPhase(
  settings: Pick<CampaignSettings, "opensAt" | "closesAt">,
  now: Date,
): PetitionPhase {
  if (settings.opensAt && now < startOf(settings.opensAt)) return "not-open";
  if (settings.closesAt && now >= closingInstant(settings.closesAt)) return "closed";
  return "open";
}

/** The petition is open when now is between the optional opening and closing dates. */
export function isPetitionOpen(settings: Pick<CampaignSettings, "opensAt" | "closesAt">, now: Date): boolean {
  return petitionPhase(settings, now) === "open";
}

// A bare date opens at the start of that day in Mexico City.
function startOf(value: string): Date {
  return (isBareDate(value) && startOfCampaignDay(value)) || new Date(value);
}

/** The instant the petition closes: a bare date closes at the end of that day in Mexico City. */
export function closingInstant(value: string): Date {
  return (isBareDate(value) && endOfCampaignDay(value)) || new Date(value);
}

function isBareDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}
