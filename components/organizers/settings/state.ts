import type { SettingsFieldErrors, SettingsValues } from "@/lib/organizers/settings-form";

export type SettingsState =
  | { status: "idle" }
  | { status: "saved"; values: SettingsValues }
  | { status: "invalid"; values: SettingsValues; fieldErrors: SettingsFieldErrors }
  | { status: "unavailable"; values: SettingsValues };

/** Before the first save the form shows the stored settings. */
export const initialSettingsState: SettingsState = { status: "idle" };
