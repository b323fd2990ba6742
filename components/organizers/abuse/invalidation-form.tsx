"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import { campaignFormatter } from "@/i18n/format";
import {
  EMPTY_CRITERION,
  IP_HASH_PATTERN,
  parseCriterion,
  type CriterionField,
  type CriterionFieldErrors,
  type CriterionValues,
} from "@/lib/organizers/abuse/criterion";
import { invalidationAction } from "./actions";
import { initialInvalidationState } from "./state";
import { CriterionSummary } from "./criterion-summary";
import styles from "./abuse.module.css";

interface InvalidationFormProps {
  /** Filled in from a signal's "Review" link. */
  initialValues: CriterionValues;
}

/**
 * Two steps, both plain forms that work without JavaScript: the criterion and its
 * preview (how many signatures match, how many are confirmed), then the invalidation of
 * exactly that many, or a fresh preview when the matches changed meanwhile.
 */
export function InvalidationForm({ initialValues }: InvalidationFormProps) {
  const t = useTranslations("OrganizerAbuse.form");
  const page = useTranslations("OrganizerAbuse");
  const [state, dispatch, pending] = useActionState(
    invalidationAction,
    initialInvalidationState(initialValues),
  );
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const number = (value: number) => format.number(value);

  return (
    <section aria-labelledby="invalidate-heading" id="invalidate" className={styles.panel}>
      <h2 id="invalidate-heading">{t("heading")}</h2>
      <div role="status" aria-live="polite">
        {state.status === "invalidated" && (
          <p className={styles.success}>
            {t("done", {
              count: state.signatureCount,
              shown: number(state.signatureCount),
              confirmed: state.confirmedCount,
              confirmedShown: number(state.confirmedCount),
            })}
          </p>
        )}
        {state.status === "preview" && state.matched === 0 && (
          <p className={styles.notice}>{t("noMatches")}</p>
        )}
      </div>
      <div role="alert" aria-live="assertive">
        {state.status === "unavailable" && <p className={form.alert}>{page("unavailable")}</p>}
        {state.status === "preview" && state.changed && <p className={form.alert}>{t("changed")}</p>}
      </div>

      {state.status === "preview" && state.matched > 0 ? (
        <form action={dispatch} className={styles.confirm}>
          <input type="hidden" name="locale" value={locale} />
          {(Object.keys(state.values) as CriterionField[]).map((name) => (
            <input key={name} type="hidden" name={name} value={state.values[name]} />
          ))}
          <input type="hidden" name="expected" value={state.matched} />
          <h3>{t("criterionHeading")}</h3>
          <PreviewedCriterion values={state.values} />
          <p className={styles.count}>
            {t("matches", { count: state.matched, shown: number(state.matched) })}{" "}
            {t("confirmedNote", { count: state.confirmed, shown: number(state.confirmed) })}
          </p>
          <p>{t("irreversible")}</p>
          <div className={styles.actions}>
            <button
              type="submit"
              name="intent"
              value="invalidate"
              className={buttonClass("danger")}
              disabled={pending}
            >
              {pending
                ? t("invalidating")
                : t("invalidate", { count: state.matched, shown: number(state.matched) })}
            </button>
            <button
              type="submit"
              name="intent"
              value="edit"
              className={buttonClass("secondary")}
              disabled={pending}
            >
              {t("edit")}
            </button>
          </div>
        </form>
      ) : (
        <CriterionFields
          dispatch={dispatch}
          pending={pending}
          values={state.status === "invalidated" ? EMPTY_CRITERION : state.values}
          errors={state.status === "editing" ? (state.fieldErrors ?? {}) : {}}
        />
      )}
    </section>
  );
}

/** The criterion being confirmed, in words; the action only previews values that parse. */
function PreviewedCriterion({ values }: { values: CriterionValues }) {
  const parsed = parseCriterion(values);
  return parsed.success ? <CriterionSummary criterion={parsed.criterion} /> : null;
}

interface CriterionFieldsProps {
  dispatch: (formData: FormData) => void;
  pending: boolean;
  values: CriterionValues;
  errors: CriterionFieldErrors;
}

function CriterionFields({ dispatch, pending, values, errors }: CriterionFieldsProps) {
  const t = useTranslations("OrganizerAbuse.form");
  const locale = useLocale();

  // Id, name, value and the accessible wiring of one field: marked invalid and described
  // by its hint and its error, so screen readers read both.
  const fieldProps = (name: CriterionField, hasHint: boolean) => ({
    id: `abuse-${name}`,
    name,
    defaultValue: values[name],
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby":
      [
        hasHint ? `abuse-${name}-hint` : null,
        errors[name] ? `abuse-${name}-error` : null,
        errors.criterion ? "abuse-criterion-error" : null,
      ]
        .filter(Boolean)
        .join(" ") || undefined,
  });
  const fieldError = (name: CriterionField) =>
    errors[name] ? (
      <p className={form.error} id={`abuse-${name}-error`}>
        {t(`errors.${errors[name]}`)}
      </p>
    ) : null;

  return (
    <form action={dispatch} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p>{t("intro")}</p>
      {errors.criterion && (
        <p className={form.alert} id="abuse-criterion-error">
          {t(`errors.${errors.criterion}`)}
        </p>
      )}
      <div className={styles.fields}>
        <div className={form.field}>
          <label htmlFor="abuse-emailDomain">{t("emailDomain")}</label>
          <p className={form.hint} id="abuse-emailDomain-hint">
            {t("emailDomainHint")}
          </p>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={253}
            {...fieldProps("emailDomain", true)}
          />
          {fieldError("emailDomain")}
        </div>
        <div className={form.field}>
          <label htmlFor="abuse-ipHash">{t("ipHash")}</label>
          <p className={form.hint} id="abuse-ipHash-hint">
            {t("ipHashHint")}
          </p>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            pattern={IP_HASH_PATTERN}
            maxLength={64}
            className={styles.hash}
            {...fieldProps("ipHash", true)}
          />
          {fieldError("ipHash")}
        </div>
        <div className={form.field}>
          <label htmlFor="abuse-signedFrom">{t("signedFrom")}</label>
          <input type="datetime-local" {...fieldProps("signedFrom", false)} />
          {fieldError("signedFrom")}
        </div>
        <div className={form.field}>
          <label htmlFor="abuse-signedUntil">{t("signedUntil")}</label>
          <input type="datetime-local" {...fieldProps("signedUntil", false)} />
          {fieldError("signedUntil")}
        </div>
      </div>
      <button type="submit" name="intent" value="preview" className={buttonClass()} disabled={pending}>
        {pending ? t("previewing") : t("preview")}
      </button>
    </form>
  );
}
