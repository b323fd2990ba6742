"use client";

import { useTranslations } from "next-intl";
import { useActionState, type InputHTMLAttributes } from "react";
import type { Locale } from "@/i18n/routing";
import type { SettingsField, SettingsValues } from "@/lib/organizers/settings-form";
import { saveSettingsAction, type SettingsState } from "./settings-actions";

interface SettingsFormProps {
  locale: Locale;
  stored: SettingsValues;
}

export function SettingsForm({ locale, stored }: SettingsFormProps) {
  const t = useTranslations("OrganizerSettings");
  const [state, save, saving] = useActionState(saveSettingsAction, { status: "idle" } as SettingsState);
  const values = state.status === "idle" ? stored : state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const errorCount = Object.keys(errors).length;

  const field = (
    name: SettingsField,
    { multiline = false, ...input }: InputHTMLAttributes<HTMLInputElement> & { multiline?: boolean } = {},
  ) => {
    const error = errors[name];
    const hint = t.has(`hints.${name}`) ? t(`hints.${name}`) : null;
    const describedBy =
      [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
    const shared = {
      id: name,
      name,
      defaultValue: values[name],
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
    };
    return (
      <div className="field">
        <label htmlFor={name}>{t(`fields.${name}`)}</label>
        {hint && (
          <p className="field__hint" id={`${name}-hint`}>
            {hint}
          </p>
        )}
        {multiline ? <textarea rows={4} {...shared} /> : <input {...input} {...shared} />}
        {error && (
          <p className="field__error" id={`${name}-error`}>
            {t(`errors.${error}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form action={save} className="settings-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div role="alert" aria-live="assertive">
        {errorCount > 0 && <p className="form-alert">{t("errorSummary", { count: errorCount })}</p>}
        {state.status === "unavailable" && <p className="form-alert">{t("unavailable")}</p>}
      </div>
      <div role="status" aria-live="polite">
        {state.status === "saved" && <p className="form-success">{t("saved")}</p>}
      </div>

      <fieldset>
        <legend>{t("sections.campaign")}</legend>
        {field("target", { inputMode: "numeric", autoComplete: "off" })}
        {field("opensAt", { type: "date" })}
        {field("closesAt", { type: "date" })}
      </fieldset>

      <fieldset>
        <legend>{t("sections.press")}</legend>
        {field("pressName", { autoComplete: "off" })}
        {field("pressEmail", { type: "email", inputMode: "email", autoComplete: "off" })}
        {field("pressPhone", { type: "tel", autoComplete: "off" })}
      </fieldset>

      <fieldset>
        <legend>{t("sections.privacy")}</legend>
        {field("controllerName", { autoComplete: "off" })}
        {field("controllerAddress", { multiline: true })}
        {field("controllerEmail", { type: "email", inputMode: "email", autoComplete: "off" })}
        {field("retentionMonths", { inputMode: "numeric", autoComplete: "off" })}
      </fieldset>

      <fieldset>
        <legend>{t("sections.support")}</legend>
        {field("supportLinks", { multiline: true })}
      </fieldset>

      <fieldset>
        <legend>{t("sections.signerEmails")}</legend>
        <div className="field field--check">
          <input
            type="checkbox"
            id="confirmationReminder"
            name="confirmationReminder"
            defaultChecked={values.confirmationReminder === "on"}
            aria-describedby="confirmationReminder-hint"
          />
          <label htmlFor="confirmationReminder">{t("fields.confirmationReminder")}</label>
          <p className="field__hint" id="confirmationReminder-hint">
            {t("hints.confirmationReminder")}
          </p>
        </div>
      </fieldset>

      <button type="submit" className="button" disabled={saving}>
        {saving ? t("saving") : t("save")}
      </button>
    </form>
  );
}
