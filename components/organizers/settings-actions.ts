"use server";

import { updateTag } from "next/cache";
import { localeFromForm } from "@/i18n/locale-of";
import { db } from "@/lib/db";
import { handleActionFailure } from "@/lib/errors";
import { organizerForAction } from "@/lib/organizers/current";
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

export async function saveSettingsAction(
  _previous: SettingsState,
  formData: FormData,
): Promise<SettingsState> {
  const values = formToValues(formData);
  if (!(await organizerForAction(localeFromForm(formData)))) return { status: "unavailable", values };
  try {
    const parsed = parseSettingsForm(values, await readSettings(db()));
    if (!parsed.ok) return { status: "invalid", values, fieldErrors: parsed.fieldErrors };
    await saveSettings(db(), parsed.updates);
  } catch (error) {
    handleActionFailure("saveSettingsAction", error);
    return { status: "unavailable", values };
  }
  // The public pages pick the new values up on their next request, not one request later.
  updateTag(CAMPAIGN_SETTINGS_TAG);
  return { status: "saved", values };
}
