"use server";

import { revalidateTag } from "next/cache";
import { routing, type Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { requireOrganizer } from "@/lib/organizers/current";
import {
  formToValues,
  parseSettingsForm,
  type SettingsFieldErrors,
  type SettingsValues,
} from "@/lib/organizers/settings-form";
import { CAMPAIGN_SETTINGS_TAG } from "@/lib/settings/campaign-settings";
import { readSettings, saveSettings } from "@/lib/settings/read-settings";

export type SettingsState =
  | { status: "idle" }
  | { status: "saved"; values: SettingsValues }
  | { status: "invalid"; values: SettingsValues; fieldErrors: SettingsFieldErrors }
  | { status: "unavailable"; values: SettingsValues };

function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale;
}

export async function saveSettingsAction(
  _previous: SettingsState,
  formData: FormData,
): Promise<SettingsState> {
  await requireOrganizer(localeOf(formData));
  const values = formToValues(formData);
  try {
    const parsed = parseSettingsForm(values, await readSettings(db()));
    if (!parsed.ok) return { status: "invalid", values, fieldErrors: parsed.fieldErrors };
    await saveSettings(db(), parsed.updates);
  } catch {
    console.error("saveSettingsAction: the database is unavailable");
    return { status: "unavailable", values };
  }
  // The public pages pick the new values up at once.
  revalidateTag(CAMPAIGN_SETTINGS_TAG, "max");
  return { status: "saved", values };
}
