// The settings form: flat text fields in, validated campaign settings out. Every field
// may be left empty, which removes the setting (the site then hides what depends on it).
import { z } from "zod";
import {
  PRESS_QUOTE_LIMITS,
  pressQuoteSchema,
  settingSchemas,
  type CampaignSettings,
  type PressQuote,
  type SettingKey,
} from "@/lib/settings/schema";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";

export const SETTINGS_FIELDS = [
  "target",
  "opensAt",
  "closesAt",
  "pressName",
  "pressEmail",
  "pressPhone",
  "controllerName",
  "controllerAddress",
  "controllerEmail",
  "retentionMonths",
  "supportLinks",
  "confirmationReminder",
] as const;

export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** One press quote is a row of these fields, posted as `pressQuotes.<row>.<field>`. */
export const QUOTE_FIELDS = [
  "textEs",
  "textEn",
  "speaker",
  "roleEs",
  "roleEn",
  "date",
  "sourceLabel",
  "sourceUrl",
] as const;

export type QuoteField = (typeof QUOTE_FIELDS)[number];
export type QuoteValues = Record<QuoteField, string>;
export type QuoteFieldName = `pressQuotes.${number}.${QuoteField}`;

/** Blank quote rows the form offers after the stored ones, so a quote can be added without JavaScript. */
export const BLANK_QUOTE_ROWS = 3;

/** Text as typed; a checkbox is "on" when ticked and "" when not, as a browser posts it. */
export type SettingsValues = Record<SettingsField, string> & { pressQuotes: QuoteValues[] };

/** The settings shown as a checkbox rather than a text field. */
export const SETTINGS_CHECKBOXES = ["confirmationReminder"] as const satisfies readonly SettingsField[];

/** Message keys in OrganizerSettings.errors. */
const SETTINGS_ERRORS = [
  "target",
  "date",
  "closesBeforeOpens",
  "required",
  "email",
  "retention",
  "supportLinks",
  "quoteRequired",
  "quoteRole",
  "quoteUrl",
  "tooLong",
] as const;
export type SettingsError = (typeof SETTINGS_ERRORS)[number];

export type SettingsFieldErrors = FieldErrors<SettingsField | QuoteFieldName, SettingsError>;

/** A setting to store, or null to remove it. */
export type SettingsUpdate = { [K in SettingKey]: { key: K; value: CampaignSettings[K] | null } }[SettingKey];

export type ParsedSettingsForm =
  { ok: true; updates: SettingsUpdate[] } | { ok: false; fieldErrors: SettingsFieldErrors };

const SUPPORT_LINK_SEPARATOR = "|";

export function quoteFieldName(row: number, field: QuoteField): QuoteFieldName {
  return `pressQuotes.${row}.${field}`;
}

/** A record with one entry per field. Object.fromEntries cannot know its keys: this is the one place that says so. */
function byField<Field extends string, Value>(fields: readonly Field[], value: (field: Field) => Value) {
  return Object.fromEntries(fields.map((field) => [field, value(field)])) as Record<Field, Value>;
}

const BLANK_QUOTE: QuoteValues = byField(QUOTE_FIELDS, () => "");

function isBlankQuote(row: QuoteValues): boolean {
  return QUOTE_FIELDS.every((field) => row[field].trim() === "");
}

/**
 * The quote rows the form shows: the given ones, then blank rows to fill in, never more
 * than a setting holds. Only trailing blank rows are replaced, so an error keeps its row number.
 */
export function quoteRows(rows: readonly QuoteValues[]): QuoteValues[] {
  const kept = [...rows];
  while (kept.length > 0 && isBlankQuote(kept[kept.length - 1]!)) kept.pop();
  const blanks = Math.max(0, Math.min(BLANK_QUOTE_ROWS, PRESS_QUOTE_LIMITS.quotes - kept.length));
  return [...kept, ...Array.from({ length: blanks }, () => ({ ...BLANK_QUOTE }))];
}

function quoteToValues(quote: PressQuote): QuoteValues {
  return {
    textEs: quote.text.es,
    textEn: quote.text.en,
    speaker: quote.speaker,
    roleEs: quote.role?.es ?? "",
    roleEn: quote.role?.en ?? "",
    date: quote.date,
    sourceLabel: quote.source.label,
    sourceUrl: quote.source.url ?? "",
  };
}

/** What the form shows for the stored settings. */
export function settingsToValues(settings: CampaignSettings): SettingsValues {
  return {
    target: settings.target?.toString() ?? "",
    opensAt: settings.opensAt?.slice(0, 10) ?? "",
    closesAt: settings.closesAt?.slice(0, 10) ?? "",
    pressName: settings.pressContact?.name ?? "",
    pressEmail: settings.pressContact?.email ?? "",
    pressPhone: settings.pressContact?.phone ?? "",
    controllerName: settings.privacyController?.name ?? "",
    controllerAddress: settings.privacyController?.address ?? "",
    controllerEmail: settings.privacyController?.email ?? "",
    retentionMonths: settings.retentionPeriod?.months.toString() ?? "",
    supportLinks: (settings.supportLinks ?? [])
      .map((link) => [link.label, link.url, link.phone].filter(Boolean).join(` ${SUPPORT_LINK_SEPARATOR} `))
      .join("\n"),
    confirmationReminder: settings.confirmationReminder === false ? "" : "on",
    pressQuotes: (settings.pressQuotes ?? []).map(quoteToValues),
  };
}

export function formToValues(formData: FormData): SettingsValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.slice(0, 4000) : "";
  };
  const fields = byField(SETTINGS_FIELDS, text);
  // A row counts when the form posted it (a browser posts empty inputs too); at most what a setting holds.
  const pressQuotes: QuoteValues[] = [];
  for (let row = 0; row < PRESS_QUOTE_LIMITS.quotes; row++) {
    if (!QUOTE_FIELDS.some((field) => formData.has(quoteFieldName(row, field)))) continue;
    pressQuotes.push(byField(QUOTE_FIELDS, (field) => text(quoteFieldName(row, field))));
  }
  return { ...fields, pressQuotes };
}

// The schema below reads the form as typed (SettingsValues) and gives the updates to store.
// Each issue's message is a SettingsError key, and its path the field it belongs to.

type Issue = { message: SettingsError; path?: (string | number)[] };

/** A field that removes its setting when left empty, and otherwise must pass `schema`. */
function blankOr<T>(schema: z.ZodType<T>, error: SettingsError) {
  return z
    .string()
    .trim()
    .transform((value, context): T | null => {
      if (value === "") return null;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      context.addIssue({ code: "custom", message: error });
      return z.NEVER;
    });
}

// Organizers write 100,000 or 100 000 or 100.000; all mean the same whole number.
const wholeNumber = z
  .string()
  .transform((value) => value.replace(/[\s,.'_]/g, ""))
  .pipe(z.string().regex(/^\d{1,9}$/))
  .transform(Number)
  .pipe(settingSchemas.target);

// Months are never written with thousands separators: "1.5" is a mistake, not 15.
const months = z
  .string()
  .regex(/^\d{1,3}$/)
  .transform((value) => ({ months: Number(value) }))
  .pipe(settingSchemas.retentionPeriod);

/** One link per line: label | address | phone (optional). */
const supportLinks = z
  .string()
  .transform((text) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [label = "", url = "", phone = ""] = line
          .split(SUPPORT_LINK_SEPARATOR)
          .map((part) => part.trim());
        return { label, url, phone: phone || undefined };
      }),
  )
  .transform((links, context) => {
    if (links.length === 0) return null;
    const parsed = settingSchemas.supportLinks.safeParse(links);
    if (parsed.success) return parsed.data;
    context.addIssue({ code: "custom", message: "supportLinks" });
    return z.NEVER;
  });

// Where a press quote's schema issue lands in the form: its path in the quote, as a field of the row.
const QUOTE_ISSUE_FIELDS: Record<string, QuoteField> = {
  "text.es": "textEs",
  "text.en": "textEn",
  speaker: "speaker",
  "role.es": "roleEs",
  "role.en": "roleEn",
  date: "date",
  "source.label": "sourceLabel",
  "source.url": "sourceUrl",
};

const REQUIRED_QUOTE_FIELDS = ["textEs", "textEn", "speaker", "date", "sourceLabel"] as const;

function quoteIssueError(field: QuoteField, code: string): SettingsError {
  if (code === "too_big") return "tooLong";
  if (field === "date") return "date";
  if (field === "sourceUrl") return "quoteUrl";
  return "quoteRequired";
}

/** A row of quote fields: null when entirely blank, else a quote, or an issue per wrong field. */
const quoteRow = z
  .object(byField(QUOTE_FIELDS, () => z.string().trim()))
  .transform((q, context): PressQuote | null => {
    if (isBlankQuote(q)) return null;
    const issues: Issue[] = [];
    const report = (field: QuoteField, message: SettingsError) => issues.push({ path: [field], message });
    // Missing fields first: the form names the first problem of each field.
    for (const field of REQUIRED_QUOTE_FIELDS) if (q[field] === "") report(field, "quoteRequired");
    // A role is optional, but a reader of either language must get it.
    if (q.roleEs === "" && q.roleEn !== "") report("roleEs", "quoteRole");
    if (q.roleEn === "" && q.roleEs !== "") report("roleEn", "quoteRole");

    const parsed = pressQuoteSchema.safeParse({
      text: { es: q.textEs, en: q.textEn },
      speaker: q.speaker,
      role: q.roleEs || q.roleEn ? { es: q.roleEs, en: q.roleEn } : undefined,
      date: q.date,
      source: { label: q.sourceLabel, url: q.sourceUrl || undefined },
    });
    if (parsed.success && issues.length === 0) return parsed.data;
    for (const issue of parsed.error?.issues ?? []) {
      const field = QUOTE_ISSUE_FIELDS[issue.path.join(".")];
      if (field) report(field, quoteIssueError(field, issue.code));
    }
    // Never drop a typed quote in silence.
    if (issues.length === 0) report("textEs", "quoteRequired");
    for (const issue of issues) context.addIssue({ code: "custom", ...issue });
    return z.NEVER;
  });

const text = z.string().trim();

/** Contact fields filled in part: the required ones that are missing. */
function missingInGroup<F extends string>(
  values: Record<F, unknown>,
  fields: readonly F[],
  required: readonly F[],
): F[] {
  if (fields.every((field) => values[field] === "")) return [];
  return required.filter((field) => values[field] === "");
}

const PRESS_FIELDS = ["pressName", "pressEmail", "pressPhone"] as const;
const CONTROLLER_FIELDS = ["controllerName", "controllerAddress", "controllerEmail"] as const;

function pressContact(v: Record<(typeof PRESS_FIELDS)[number], string>) {
  return settingSchemas.pressContact.safeParse({
    name: v.pressName,
    email: v.pressEmail,
    phone: v.pressPhone || undefined,
  });
}

function privacyController(v: Record<(typeof CONTROLLER_FIELDS)[number], string>) {
  return settingSchemas.privacyController.safeParse({
    name: v.controllerName,
    address: v.controllerAddress,
    email: v.controllerEmail,
  });
}

/**
 * The settings form, whole: every field may be left empty, which removes its setting.
 * Nothing is stored unless every field is valid, and every wrong field is named at once.
 */
export const settingsFormSchema = z
  .object({
    target: blankOr(wholeNumber, "target"),
    opensAt: blankOr(z.iso.date(), "date"),
    closesAt: blankOr(z.iso.date(), "date"),
    pressName: text,
    pressEmail: text,
    pressPhone: text,
    controllerName: text,
    controllerAddress: text,
    controllerEmail: text,
    retentionMonths: blankOr(months, "retention"),
    supportLinks,
    // An unticked box is not posted at all: it means off, stored as false (absent means on).
    confirmationReminder: z.string().transform((value) => value === "on"),
    pressQuotes: z.array(quoteRow),
  })
  // The rules between fields run even when another field is wrong (`when`), so the form
  // names every problem at once; they read only the plain text fields.
  .superRefine(
    (v, context) => {
      const add = (field: SettingsField, message: SettingsError) =>
        context.addIssue({ code: "custom", path: [field], message });
      if (typeof v.opensAt === "string" && typeof v.closesAt === "string" && v.closesAt < v.opensAt) {
        add("closesAt", "closesBeforeOpens");
      }
      const missingPress = missingInGroup(v, PRESS_FIELDS, ["pressName", "pressEmail"]);
      for (const field of missingPress) add(field, "required");
      if (missingPress.length === 0 && v.pressName !== "" && !pressContact(v).success)
        add("pressEmail", "email");
      const missingController = missingInGroup(v, CONTROLLER_FIELDS, CONTROLLER_FIELDS);
      for (const field of missingController) add(field, "required");
      if (missingController.length === 0 && v.controllerName !== "" && !privacyController(v).success) {
        add("controllerEmail", "email");
      }
    },
    { when: () => true },
  )
  .transform((v): SettingsUpdate[] => {
    const press = pressContact(v);
    const controller = privacyController(v);
    const quotes = v.pressQuotes.filter((quote) => quote !== null);
    return [
      { key: "target", value: v.target },
      { key: "opensAt", value: v.opensAt },
      { key: "closesAt", value: v.closesAt },
      { key: "pressContact", value: press.success ? press.data : null },
      { key: "privacyController", value: controller.success ? controller.data : null },
      { key: "retentionPeriod", value: v.retentionMonths },
      { key: "supportLinks", value: v.supportLinks },
      { key: "confirmationReminder", value: v.confirmationReminder },
      { key: "pressQuotes", value: quotes.length > 0 ? quotes : null },
    ];
  });

const QUOTE_FIELD_NAME = new RegExp(`^pressQuotes\\.\\d+\\.(${QUOTE_FIELDS.join("|")})$`);

function isSettingsFormField(name: string): name is SettingsField | QuoteFieldName {
  return SETTINGS_FIELDS.some((field) => field === name) || QUOTE_FIELD_NAME.test(name);
}

export function settingsFieldErrors(error: z.ZodError): SettingsFieldErrors {
  return fieldErrorsOf(error, { isField: isSettingsFormField, keys: SETTINGS_ERRORS, fallback: "required" });
}

/**
 * The form can only show a day: a stored full date-time is kept when its day is unchanged.
 */
export function keepStoredTimes(
  updates: readonly SettingsUpdate[],
  stored: CampaignSettings,
): SettingsUpdate[] {
  return updates.map((update) => {
    if (update.key !== "opensAt" && update.key !== "closesAt") return update;
    const kept = stored[update.key];
    return kept && update.value !== null && kept.slice(0, 10) === update.value
      ? { key: update.key, value: kept }
      : update;
  });
}

/** Validates the whole form; nothing is stored unless every field is valid. */
export function parseSettingsForm(values: SettingsValues, stored: CampaignSettings = {}): ParsedSettingsForm {
  const parsed = settingsFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: settingsFieldErrors(parsed.error) };
  return { ok: true, updates: keepStoredTimes(parsed.data, stored) };
}
