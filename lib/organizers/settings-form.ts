// The settings form: flat text fields in, validated campaign settings out. Every field
// may be left empty, which removes the setting (the site then hides what depends on it).
import { settingSchemas, type CampaignSettings, type SettingKey } from "@/lib/settings/schema";

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
/** Text as typed; a checkbox is "on" when ticked and "" when not, as a browser posts it. */
export type SettingsValues = Record<SettingsField, string>;

/** The settings shown as a checkbox rather than a text field. */
export const SETTINGS_CHECKBOXES = ["confirmationReminder"] as const satisfies readonly SettingsField[];

/** Message keys in OrganizerSettings.errors. */
export type SettingsError =
  "target" | "date" | "closesBeforeOpens" | "required" | "email" | "retention" | "supportLinks";

export type SettingsFieldErrors = Partial<Record<SettingsField, SettingsError>>;

/** A setting to store, or null to remove it. */
export type SettingsUpdate = { [K in SettingKey]: { key: K; value: CampaignSettings[K] | null } }[SettingKey];

export type ParsedSettingsForm =
  { ok: true; updates: SettingsUpdate[] } | { ok: false; fieldErrors: SettingsFieldErrors };

const SUPPORT_LINK_SEPARATOR = "|";

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
  };
}

export function formToValues(formData: FormData): SettingsValues {
  const text = (field: SettingsField) => {
    const value = formData.get(field);
    return typeof value === "string" ? value.slice(0, 4000) : "";
  };
  return Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, text(field)])) as SettingsValues;
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
  const v = Object.fromEntries(
    Object.entries(values).map(([k, value]) => [k, value.trim()]),
  ) as SettingsValues;

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

  return Object.keys(errors).length > 0 ? { ok: false, fieldErrors: errors } : { ok: true, updates };
}
