// The settings form: flat text fields in, validated campaign settings out. Every field
// may be left empty, which removes the setting (the site then hides what depends on it).
import {
  PRESS_QUOTE_LIMITS,
  pressQuoteSchema,
  settingSchemas,
  type CampaignSettings,
  type PressQuote,
  type SettingKey,
} from "@/lib/settings/schema";

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
export type SettingsError =
  | "target"
  | "date"
  | "closesBeforeOpens"
  | "required"
  | "email"
  | "retention"
  | "supportLinks"
  | "quoteRequired"
  | "quoteRole"
  | "quoteUrl"
  | "tooLong";

export type SettingsFieldErrors = Partial<Record<SettingsField | QuoteFieldName, SettingsError>>;

/** A setting to store, or null to remove it. */
export type SettingsUpdate = { [K in SettingKey]: { key: K; value: CampaignSettings[K] | null } }[SettingKey];

export type ParsedSettingsForm =
  { ok: true; updates: SettingsUpdate[] } | { ok: false; fieldErrors: SettingsFieldErrors };

const SUPPORT_LINK_SEPARATOR = "|";

export function quoteFieldName(row: number, field: QuoteField): QuoteFieldName {
  return `pressQuotes.${row}.${field}`;
}

const BLANK_QUOTE = Object.fromEntries(QUOTE_FIELDS.map((field) => [field, ""])) as QuoteValues;

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
  const fields = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, text(field)])) as Record<
    SettingsField,
    string
  >;
  // A row counts when the form posted it (a browser posts empty inputs too); at most what a setting holds.
  const pressQuotes: QuoteValues[] = [];
  for (let row = 0; row < PRESS_QUOTE_LIMITS.quotes; row++) {
    if (!QUOTE_FIELDS.some((field) => formData.has(quoteFieldName(row, field)))) continue;
    pressQuotes.push(
      Object.fromEntries(
        QUOTE_FIELDS.map((field) => [field, text(quoteFieldName(row, field))]),
      ) as QuoteValues,
    );
  }
  return { ...fields, pressQuotes };
}

function wholeNumber(value: string): number | null {
  // Organizers write 100,000 or 100 000 or 100.000; all mean the same whole number.
  const digits = value.replace(/[\s,.'_]/g, "");
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}

/**
 * Validates the whole form; nothing is stored unless every field is valid.
 * `stored` keeps a full date-time the form can only show as a day, when the day is unchanged.
 */
export function parseSettingsForm(values: SettingsValues, stored: CampaignSettings = {}): ParsedSettingsForm {
  const errors: SettingsFieldErrors = {};
  const updates: SettingsUpdate[] = [];
  const v = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, values[field].trim()])) as Record<
    SettingsField,
    string
  >;

  if (v.target === "") updates.push({ key: "target", value: null });
  else {
    const target = wholeNumber(v.target);
    if (target === null || target < 1) errors.target = "target";
    else updates.push({ key: "target", value: target });
  }

  for (const key of ["opensAt", "closesAt"] as const) {
    if (v[key] === "") updates.push({ key, value: null });
    else if (!settingSchemas[key].safeParse(v[key]).success || v[key].length !== 10) errors[key] = "date";
    else updates.push({ key, value: stored[key]?.slice(0, 10) === v[key] ? stored[key] : v[key] });
  }
  if (!errors.opensAt && !errors.closesAt && v.opensAt && v.closesAt && v.closesAt < v.opensAt) {
    errors.closesAt = "closesBeforeOpens";
  }

  const group = <F extends SettingsField>(fields: readonly F[], required: readonly F[]) => {
    if (fields.every((field) => v[field] === "")) return "empty" as const;
    for (const field of required) if (v[field] === "") errors[field] = "required";
    return required.every((field) => v[field] !== "") ? ("filled" as const) : ("invalid" as const);
  };

  const press = group(["pressName", "pressEmail", "pressPhone"], ["pressName", "pressEmail"]);
  if (press === "empty") updates.push({ key: "pressContact", value: null });
  else if (press === "filled") {
    const parsed = settingSchemas.pressContact.safeParse({
      name: v.pressName,
      email: v.pressEmail,
      phone: v.pressPhone || undefined,
    });
    if (parsed.success) updates.push({ key: "pressContact", value: parsed.data });
    else errors.pressEmail = "email";
  }

  const controller = group(
    ["controllerName", "controllerAddress", "controllerEmail"],
    ["controllerName", "controllerAddress", "controllerEmail"],
  );
  if (controller === "empty") updates.push({ key: "privacyController", value: null });
  else if (controller === "filled") {
    const parsed = settingSchemas.privacyController.safeParse({
      name: v.controllerName,
      address: v.controllerAddress,
      email: v.controllerEmail,
    });
    if (parsed.success) updates.push({ key: "privacyController", value: parsed.data });
    else errors.controllerEmail = "email";
  }

  if (v.retentionMonths === "") updates.push({ key: "retentionPeriod", value: null });
  else {
    // Months are never written with thousands separators: "1.5" is a mistake, not 15.
    const months = /^\d{1,3}$/.test(v.retentionMonths) ? Number(v.retentionMonths) : null;
    const parsed = settingSchemas.retentionPeriod.safeParse({ months });
    if (parsed.success) updates.push({ key: "retentionPeriod", value: parsed.data });
    else errors.retentionMonths = "retention";
  }

  const lines = v.supportLinks
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) updates.push({ key: "supportLinks", value: null });
  else {
    const links = lines.map((line) => {
      const [label = "", url = "", phone = ""] = line
        .split(SUPPORT_LINK_SEPARATOR)
        .map((part) => part.trim());
      return { label, url, phone: phone || undefined };
    });
    const parsed = settingSchemas.supportLinks.safeParse(links);
    if (parsed.success) updates.push({ key: "supportLinks", value: parsed.data });
    else errors.supportLinks = "supportLinks";
  }

  // An unticked box is not posted at all: it means off, stored as false (absent means on).
  updates.push({ key: "confirmationReminder", value: v.confirmationReminder === "on" });

  const quotes = parseQuoteRows(values.pressQuotes, errors);
  if (quotes) updates.push({ key: "pressQuotes", value: quotes.length > 0 ? quotes : null });

  return Object.keys(errors).length > 0 ? { ok: false, fieldErrors: errors } : { ok: true, updates };
}

// Where a schema issue lands in the form: its path in the quote, as a field of the row.
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

/**
 * The filled quote rows as quotes, in order; an entirely blank row is skipped. Adds an
 * error per wrong field and returns null when any row is wrong.
 */
function parseQuoteRows(rows: readonly QuoteValues[], errors: SettingsFieldErrors): PressQuote[] | null {
  const quotes: PressQuote[] = [];
  let valid = true;
  rows.forEach((typed, row) => {
    const q = Object.fromEntries(QUOTE_FIELDS.map((field) => [field, typed[field].trim()])) as QuoteValues;
    if (isBlankQuote(q)) return;
    const rowErrors: Partial<Record<QuoteField, SettingsError>> = {};
    for (const field of REQUIRED_QUOTE_FIELDS) if (q[field] === "") rowErrors[field] = "quoteRequired";
    // A role is optional, but a reader of either language must get it.
    if (q.roleEs === "" && q.roleEn !== "") rowErrors.roleEs = "quoteRole";
    if (q.roleEn === "" && q.roleEs !== "") rowErrors.roleEn = "quoteRole";

    const parsed = pressQuoteSchema.safeParse({
      text: { es: q.textEs, en: q.textEn },
      speaker: q.speaker,
      role: q.roleEs || q.roleEn ? { es: q.roleEs, en: q.roleEn } : undefined,
      date: q.date,
      source: { label: q.sourceLabel, url: q.sourceUrl || undefined },
    });
    if (parsed.success) quotes.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const field = QUOTE_ISSUE_FIELDS[issue.path.join(".")];
        if (field && !rowErrors[field]) rowErrors[field] = quoteIssueError(field, issue.code);
      }
      // Never drop a typed quote in silence.
      if (Object.keys(rowErrors).length === 0) rowErrors.textEs = "quoteRequired";
    }
    for (const [field, error] of Object.entries(rowErrors) as [QuoteField, SettingsError][]) {
      errors[quoteFieldName(row, field)] = error;
      valid = false;
    }
  });
  return valid ? quotes : null;
}

function quoteIssueError(field: QuoteField, code: string): SettingsError {
  if (code === "too_big") return "tooLong";
  if (field === "date") return "date";
  if (field === "sourceUrl") return "quoteUrl";
  return "quoteRequired";
}
