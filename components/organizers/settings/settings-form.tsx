"use client";

import { useLocale, useTranslations } from "next-intl";
import { Fragment, useActionState, type InputHTMLAttributes } from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import { campaignFormatter } from "@/i18n/format";
import {
  quoteFieldName,
  quoteRows,
  type QuoteField,
  type QuoteFieldName,
  type SettingsField,
  type SettingsValues,
} from "@/lib/organizers/settings-form";
import { PRESS_QUOTE_LIMITS } from "@/lib/settings/schema";
import styles from "../organizers.module.css";
import { saveSettingsAction } from "./actions";
import { initialSettingsState } from "./state";
import settingsStyles from "./settings-form.module.css";

type FieldOptions = InputHTMLAttributes<HTMLInputElement> & { multiline?: boolean };

// How each quote field is typed; the limits mirror the schema so a browser stops overlong text.
const QUOTE_INPUTS: Record<QuoteField, FieldOptions> = {
  textEs: { multiline: true, maxLength: PRESS_QUOTE_LIMITS.text, lang: "es" },
  textEn: { multiline: true, maxLength: PRESS_QUOTE_LIMITS.text, lang: "en" },
  speaker: { maxLength: PRESS_QUOTE_LIMITS.short, autoComplete: "off" },
  roleEs: { maxLength: PRESS_QUOTE_LIMITS.short, autoComplete: "off", lang: "es" },
  roleEn: { maxLength: PRESS_QUOTE_LIMITS.short, autoComplete: "off", lang: "en" },
  date: { type: "date" },
  sourceLabel: { maxLength: PRESS_QUOTE_LIMITS.short, autoComplete: "off" },
  sourceUrl: { type: "url", inputMode: "url", maxLength: PRESS_QUOTE_LIMITS.url, autoComplete: "off" },
};

/** The fields with a hint of their own under "OrganizerSettings.hints". */
const HINTED_FIELDS = [
  "target",
  "closesAt",
  "controllerAddress",
  "supportLinks",
] as const satisfies readonly SettingsField[];
type HintedField = (typeof HINTED_FIELDS)[number];

function hasHint(name: SettingsField): name is HintedField {
  return HINTED_FIELDS.some((hinted) => hinted === name);
}

interface SettingsFormProps {
  stored: SettingsValues;
}

export function SettingsForm({ stored }: SettingsFormProps) {
  const t = useTranslations("OrganizerSettings");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const [state, save, saving] = useActionState(saveSettingsAction, initialSettingsState);
  const values = state.status === "idle" ? stored : state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const errorCount = Object.keys(errors).length;

  /** A labelled input with its hint and error, tied together for screen readers. */
  const control = (
    {
      id,
      name,
      label,
      hint,
      value,
    }: {
      id: string;
      name: SettingsField | QuoteFieldName;
      label: string;
      hint: string | null;
      value: string;
    },
    { multiline = false, ...input }: FieldOptions,
  ) => {
    const error = errors[name];
    const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
    const shared = {
      id,
      name,
      defaultValue: value,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
    };
    return (
      <div className={form.field}>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p className={form.hint} id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {multiline ? (
          <textarea rows={4} maxLength={input.maxLength} lang={input.lang} {...shared} />
        ) : (
          <input {...input} {...shared} />
        )}
        {error && (
          <p className={form.error} id={`${id}-error`}>
            {t(`errors.${error}`)}
          </p>
        )}
      </div>
    );
  };

  const field = (name: SettingsField, options: FieldOptions = {}) =>
    control(
      {
        id: name,
        name,
        label: t(`fields.${name}`),
        hint: hasHint(name) ? t(`hints.${name}`) : null,
        value: values[name],
      },
      options,
    );

  const quoteField = (row: number, name: QuoteField, value: string) =>
    control(
      {
        id: `pressQuotes-${row}-${name}`,
        name: quoteFieldName(row, name),
        label: t(`quoteFields.${name}`),
        hint: null,
        value,
      },
      QUOTE_INPUTS[name],
    );

  return (
    <form action={save} className={settingsStyles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div role="alert" aria-live="assertive">
        {errorCount > 0 && <p className={form.alert}>{t("errorSummary", { count: errorCount })}</p>}
        {state.status === "unavailable" && <p className={form.alert}>{t("unavailable")}</p>}
      </div>
      <div role="status" aria-live="polite">
        {state.status === "saved" && <p className={styles.success}>{t("saved")}</p>}
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
        <legend>{t("sections.pressQuotes")}</legend>
        <p className={form.hint}>{t("hints.pressQuotes")}</p>
        {quoteRows(values.pressQuotes).map((quote, row) => (
          // Rows are positions in the form, not identities: the index is the key the post uses too.
          <fieldset key={row}>
            <legend>{t("quoteLegend", { number: format.number(row + 1) })}</legend>
            {(Object.keys(QUOTE_INPUTS) as QuoteField[]).map((name) => (
              <Fragment key={name}>{quoteField(row, name, quote[name])}</Fragment>
            ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t("sections.signerEmails")}</legend>
        <div className={`${form.field} ${form.check}`}>
          <input
            type="checkbox"
            id="confirmationReminder"
            name="confirmationReminder"
            defaultChecked={values.confirmationReminder === "on"}
            aria-describedby="confirmationReminder-hint"
          />
          <label htmlFor="confirmationReminder">{t("fields.confirmationReminder")}</label>
          <p className={form.hint} id="confirmationReminder-hint">
            {t("hints.confirmationReminder")}
          </p>
        </div>
      </fieldset>

      <button type="submit" className={buttonClass()} disabled={saving}>
        {saving ? t("saving") : t("save")}
      </button>
    </form>
  );
}
