"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { formatDateTime } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { REASON_MAX_LENGTH, SEARCH_MAX_LENGTH } from "@/lib/organizers/public-list/limits";
import type { ShownName } from "@/lib/organizers/public-list/shown-name";
import { publicNameAction, type PublicNameState } from "./actions";
import styles from "./signers.module.css";

interface PublicNamePanelProps {
  locale: Locale;
  /** The newest names on the list, shown before any search. */
  newest: { names: ShownName[]; more: boolean };
}

function formatDay(day: string, locale: Locale): string {
  return formatDateTime(new Date(`${day}T12:00:00Z`), locale, { dateStyle: "medium", timeZone: "UTC" });
}

/**
 * Search the public list, choose a name, give the reason, hide it. Every step is a plain
 * form posted to one action, so it all works without JavaScript.
 */
export function PublicNamePanel({ locale, newest }: PublicNamePanelProps) {
  const t = useTranslations("OrganizerSigners");
  const [state, dispatch, pending] = useActionState<PublicNameState, FormData>(publicNameAction, {
    status: "results",
    query: "",
    ...newest,
  });
  const notice = state.status === "results" ? state.notice : undefined;

  return (
    <section aria-labelledby="hide-heading" className={styles.panel}>
      <h2 id="hide-heading">{t("panel.heading")}</h2>
      <div role="status" aria-live="polite">
        {notice?.kind === "hidden" && (
          <p className="form-success">{t("panel.hidden", { name: notice.name })}</p>
        )}
        {notice?.kind === "already-hidden" && <p className={styles.notice}>{t("panel.alreadyHidden")}</p>}
        {notice?.kind === "not-listed" && <p className={styles.notice}>{t("panel.notListed")}</p>}
      </div>
      <div role="alert" aria-live="assertive">
        {state.status === "unavailable" && <p className="form-alert">{t("unavailable")}</p>}
      </div>

      {state.status === "confirming" ? (
        <HideForm locale={locale} state={state} dispatch={dispatch} pending={pending} />
      ) : (
        <>
          <SearchForm
            locale={locale}
            query={state.query}
            error={state.status === "results" ? state.queryError : undefined}
            dispatch={dispatch}
            pending={pending}
          />
          {state.status === "results" && !state.queryError && (
            <Results
              locale={locale}
              query={state.query}
              names={state.names}
              more={state.more}
              dispatch={dispatch}
              pending={pending}
            />
          )}
        </>
      )}
    </section>
  );
}

interface FormProps {
  locale: Locale;
  dispatch: (formData: FormData) => void;
  pending: boolean;
}

function SearchForm({
  locale,
  query,
  error,
  dispatch,
  pending,
}: FormProps & { query: string; error?: "queryTooLong" }) {
  const t = useTranslations("OrganizerSigners.search");
  const errors = useTranslations("OrganizerSigners.errors");
  return (
    <form action={dispatch} role="search" className={styles.search} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div className="field">
        <label htmlFor="signers-query">{t("label")}</label>
        <p className="field__hint" id="signers-query-hint">
          {t("hint")}
        </p>
        <input
          id="signers-query"
          name="query"
          type="search"
          defaultValue={query}
          maxLength={SEARCH_MAX_LENGTH}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "signers-query-hint signers-query-error" : "signers-query-hint"}
        />
        {error && (
          <p className="field__error" id="signers-query-error">
            {errors(error)}
          </p>
        )}
      </div>
      <button type="submit" name="intent" value="search" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}

function Results({
  locale,
  query,
  names,
  more,
  dispatch,
  pending,
}: FormProps & { query: string; names: ShownName[]; more: boolean }) {
  const t = useTranslations("OrganizerSigners.results");
  if (names.length === 0) {
    return <p className={styles.notice}>{query ? t("none") : t("emptyList")}</p>;
  }
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="signers-results-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="signers-results-caption">
            {query ? t("caption", { query }) : t("newestCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("place")}</th>
              <th scope="col">{t("day")}</th>
              <th scope="col">{t("action")}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((shown) => (
              <tr key={shown.signatureId}>
                <th scope="row" className={styles.name}>
                  {shown.name}
                </th>
                <td>{shown.place}</td>
                <td className={styles.day}>
                  <time dateTime={shown.confirmedOn}>{formatDay(shown.confirmedOn, locale)}</time>
                </td>
                <td>
                  <form action={dispatch}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="query" value={query} />
                    <input type="hidden" name="signatureId" value={shown.signatureId} />
                    <button
                      type="submit"
                      name="intent"
                      value="choose"
                      className="button button--secondary button--small"
                      disabled={pending}
                    >
                      {t("hide")}
                      <span className="visually-hidden"> {shown.name}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more && <p className="field__hint">{t("more", { limit: names.length })}</p>}
    </>
  );
}

function HideForm({
  locale,
  state,
  dispatch,
  pending,
}: FormProps & { state: Extract<PublicNameState, { status: "confirming" }> }) {
  const t = useTranslations("OrganizerSigners.hide");
  const errors = useTranslations("OrganizerSigners.errors");
  const reasonRef = useRef<HTMLInputElement>(null);
  const error = state.errors?.reason;
  // Straight to the one field left to fill, and back to it when it was refused.
  useEffect(() => {
    reasonRef.current?.focus();
  }, [state]);

  return (
    <form action={dispatch} className={styles.hide} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="query" value={state.query} />
      <input type="hidden" name="signatureId" value={state.target.signatureId} />
      <h3 className={styles.name}>{t("heading", { name: state.target.name })}</h3>
      <p>
        {state.target.place} ·{" "}
        <time dateTime={state.target.confirmedOn}>{formatDay(state.target.confirmedOn, locale)}</time>
      </p>
      <p>{t("explanation")}</p>
      <div className="field">
        <label htmlFor="signers-reason">{t("reason")}</label>
        <p className="field__hint" id="signers-reason-hint">
          {t("reasonHint", { max: REASON_MAX_LENGTH })}
        </p>
        <input
          ref={reasonRef}
          id="signers-reason"
          name="reason"
          type="text"
          defaultValue={state.reason}
          maxLength={REASON_MAX_LENGTH}
          required
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "signers-reason-hint signers-reason-error" : "signers-reason-hint"}
        />
        {error && (
          <p className="field__error" id="signers-reason-error">
            {errors(error, { max: REASON_MAX_LENGTH })}
          </p>
        )}
      </div>
      <div className={styles.actions}>
        <button type="submit" name="intent" value="hide" className="button button--danger" disabled={pending}>
          {pending ? t("hiding") : t("submit")}
        </button>
        <button
          type="submit"
          name="intent"
          value="cancel"
          className="button button--secondary"
          disabled={pending}
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
