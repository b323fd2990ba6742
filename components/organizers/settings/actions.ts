"use server";

import { updateTag } from "next/cache";
import { db } from "@/lib/db";
import { organizerAction } from "@/lib/organizers/organizer-action";
import {
  formToValues,
  keepStoredTimes,
  settingsFieldErrors,
  settingsFormSchema,
} from "@/lib/organizers/settings-form";
import { CAMPAIGN_SETTINGS_TAG } from "@/lib/settings/campaign-settings";
import { readSettings, saveSettings } from "@/lib/settings/read-settings";
import type { SettingsState } from "./state";

export const saveSettingsAction = organizerAction({
  name: "saveSettingsAction",
  read: formToValues,
  schema: settingsFormSchema,
  invalid: (values, error): SettingsState => ({
    status: "invalid",
    values,
    fieldErrors: settingsFieldErrors(error),
  }),
  unavailable: (values): SettingsState => ({ status: "unavailable", values }),
  async run({ values, input: updates }): Promise<SettingsState> {
    await saveSettings(db(), keepStoredTimes(updates, await readSettings(db())));
    // updateTag: the public pages pick the new values up on their next request, not one request later.
    updateTag(CAMPAIGN_SETTINGS_TAG);
    return { status: "saved", values };
  },
});
