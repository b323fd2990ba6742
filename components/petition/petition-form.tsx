"use client";

import { useLocale, useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import {
  useActionState,
  useEffect,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type ReactNode,
} from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import text from "@/components/ui/text.module.css";
import {
  ABROAD,
  EMAIL_MAX_LENGTH,
  formValues,
  NAME_MAX_LENGTH,
  type SignatureField,
  type SignatureFieldErrors,
} from "@/lib/petition/form-fields";
import { signPetitionAction } from "./actions";
import styles from "./petition-form.module.css";
import { initialSignState, type SignState } from "./state";

interface Option {
  code: string;
  name: string;
}

interface PetitionFormProps {
  states: Option[];
  countries: Option[];
  /**
   * The form's two sentences with a link in them, rendered on the server (petitionFormLinks):
   * formatted here, they were the only messages the page compiled while hydrating, and the
   * first compilation makes the browser resolve the locale through Intl, which cost 75 ms of
   * a main thread slowed four times, as Lighthouse's phone is (docs/benchmarks.md).
   */
  links: { petitionText: ReactNode; privacyConsent: ReactNode };
}

const FIELD_ORDER: SignatureField[] = ["name", "email", "residence", "country", "privacyConsent"];

// The checks (the schema and zod, most of this form's script) are fetched once the form is
// first touched, not with the page: a phone that only reads the page never parses them.
type Checks = typeof import("@/lib/petition/schema");
let checks: Promise<Checks> | undefined;
function loadChecks(): Promise<Checks> {
  checks ??= import("@/lib/petition/schema");
  return checks;
}
/** Starts fetching the checks; a failure is handled when the form is sent. */
const prefetchChecks = () => void loadChecks().catch(() => undefined);

/** The form's errors as the browser finds them; null when it finds none or could not fetch the checks. */
async function browserErrors(formData: FormData): Promise<SignatureFieldErrors | null> {
  let loaded: Checks;
  try {
    loaded = await loadChecks();
  } catch (error) {
    checks = undefined;
    // Anything but a failed download (Turbopack names it ChunkLoadError) is a bug to surface.
    if (!(error instanceof Error && error.name === "ChunkLoadError")) throw error;
    // The connection dropped before they arrived: the server checks the form anyway, and the
    // next submit tries to fetch them again.
    return null;
  }
  const parsed = loaded.parseSignature(Object.fromEntries(formData));
  return parsed.success ? null : parsed.fieldErrors;
}

/**
 * The petition form. Without JavaScript it is a plain form posted to the server action,
 * which answers with the same page, its errors and the values kept. With JavaScript the
 * same zod schema checks it first (fetched when the form is first touched), errors show
 * inline, and a second submit is blocked.
 */
export function PetitionForm({ states, countries, links }: PetitionFormProps) {
  const t = useTranslations("PetitionForm");
  const locale = useLocale();
  // Without JavaScript the browser posts the form and the page comes back with `posted`; with
  // it, send() calls the action and keeps its answer in `sent`.
  const [posted, formAction, postPending] = useActionState(signPetitionAction, initialSignState);
  const [sent, setSent] = useState<SignState | null>(null);
  const [sending, startSending] = useTransition();
  const state = sent ?? posted;
  const isPending = postPending || sending;
  const [clientErrors, setClientErrors] = useState<SignatureFieldErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const values = state.status === "idle" ? undefined : state.values;
  const errors: SignatureFieldErrors = clientErrors ?? (state.status === "invalid" ? state.fieldErrors : {});
  const errorCount = Object.keys(errors).length;

  // Focus goes to the first field in error, after the server answers or the browser checks.
  useEffect(() => {
    const first = FIELD_ORDER.find((field) => errors[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [state, clientErrors]); // eslint-disable-line react-hooks/exhaustive-deps

  // With JavaScript the form is sent from here rather than through its action attribute:
  // React resets a form after an action it submitted, which would empty the selects when
  // the server answers with an error, and a failed request would end in an error page.
  // Without JavaScript the browser posts it natively.
  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    startSending(async () => {
      const fieldErrors = await browserErrors(formData);
      setClientErrors(fieldErrors);
      if (fieldErrors) return;
      try {
        setSent(await signPetitionAction(state, formData));
      } catch (error) {
        // A saved signature ends in a redirect to the thank-you page, which Next raises.
        unstable_rethrow(error);
        // Too busy (the server's 503, which recorded nothing) or out of reach (the connection
        // dropped, perhaps after the signature was stored): the form keeps what was typed for
        // another try, which a stored signature counts once (one signature per email).
        setSent({ status: "busy", values: formValues(Object.fromEntries(formData)) });
      }
    });
  }

  // Id, name and the accessible wiring every validated field shares: marked invalid and
  // described by its hint and its error, so screen readers read both.
  const fieldProps = (field: SignatureField, hasHint = false) => ({
    id: field,
    name: field,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby":
      [hasHint ? `${field}-hint` : null, errors[field] ? `${field}-error` : null].filter(Boolean).join(" ") ||
      undefined,
  });

  const fieldError = (field: SignatureField) => {
    const error = errors[field];
    return error ? (
      <p className={form.error} id={`${field}-error`}>
        {t(`errors.${error}`)}
      </p>
    ) : null;
  };

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={send}
      onFocus={prefetchChecks}
      onPointerDown={prefetchChecks}
      noValidate
      className={styles.form}
      aria-labelledby="petition-form-title"
    >
      {/* Sent as a field, not bound to the action: React 19.3 re-renders a bound action's
          form state forever when the form is posted without JavaScript. */}
      <input type="hidden" name="locale" value={locale} />
      <h2 id="petition-form-title" className={styles.title}>
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <p>{links.petitionText}</p>

      <div role="alert" aria-live="assertive">
        {errorCount > 0 && <p className={form.alert}>{t("errorSummary", { count: errorCount })}</p>}
        {state.status === "unavailable" && !clientErrors && <p className={form.alert}>{t("unavailable")}</p>}
        {state.status === "busy" && !clientErrors && <p className={form.alert}>{t("busy")}</p>}
        {state.status === "rate-limited" && !clientErrors && (
          <p className={form.alert}>{t("rateLimited", { minutes: state.retryAfterMinutes })}</p>
        )}
        {state.status === "closed" && <p className={form.alert}>{t("closed")}</p>}
        {state.status === "not-open" && <p className={form.alert}>{t("notOpen")}</p>}
      </div>

      <div className={form.field}>
        <label htmlFor="name">{t("name")}</label>
        <p className={form.hint} id="name-hint">
          {t("nameHint")}
        </p>
        <input
          {...fieldProps("name", true)}
          type="text"
          autoComplete="name"
          required
          minLength={2}
          maxLength={NAME_MAX_LENGTH}
          defaultValue={values?.name}
        />
        {fieldError("name")}
      </div>

      <div className={form.field}>
        <label htmlFor="email">{t("email")}</label>
        <p className={form.hint} id="email-hint">
          {t("emailHint")}
        </p>
        <input
          {...fieldProps("email", true)}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={EMAIL_MAX_LENGTH}
          defaultValue={values?.email}
        />
        {fieldError("email")}
      </div>

      <div className={form.field}>
        <label htmlFor="residence">{t("residence")}</label>
        <select {...fieldProps("residence")} required defaultValue={values?.residence ?? ""}>
          <option value="" disabled>
            {t("residencePlaceholder")}
          </option>
          <optgroup label={t("statesGroup")}>
            {states.map((state) => (
              <option key={state.code} value={state.code}>
                {state.name}
              </option>
            ))}
          </optgroup>
          <option value={ABROAD}>{t("abroad")}</option>
        </select>
        {fieldError("residence")}
      </div>

      {/* Offered only to people abroad, by the style sheet (petition-form.module.css). */}
      <div className={`${form.field} ${styles.country}`}>
        <label htmlFor="country">{t("country")}</label>
        <p className={form.hint} id="country-hint">
          {t("countryHint")}
        </p>
        <select {...fieldProps("country", true)} defaultValue={values?.country ?? ""}>
          <option value="">{t("countryPlaceholder")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {fieldError("country")}
      </div>

      <div className={`${form.field} ${form.check}`}>
        <input
          {...fieldProps("privacyConsent")}
          type="checkbox"
          required
          defaultChecked={values?.privacyConsent}
        />
        <label htmlFor="privacyConsent">{links.privacyConsent}</label>
        {fieldError("privacyConsent")}
      </div>

      <div className={`${form.field} ${form.check}`}>
        <input
          id="showName"
          name="showName"
          type="checkbox"
          defaultChecked={values?.showName}
          aria-describedby="showName-hint"
        />
        <label htmlFor="showName">{t("showName")}</label>
        <p className={form.hint} id="showName-hint">
          {t("showNameHint")}
        </p>
      </div>

      <div className={`${form.field} ${form.check}`}>
        <input id="wantsUpdates" name="wantsUpdates" type="checkbox" defaultChecked={values?.wantsUpdates} />
        <label htmlFor="wantsUpdates">{t("wantsUpdates")}</label>
      </div>

      {/* A field people never see: bots fill it and are then quietly ignored. */}
      <div className={text.visuallyHidden} aria-hidden="true">
        <label htmlFor="website">{t("honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <button type="submit" className={buttonClass()} disabled={isPending} aria-disabled={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
