"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import table from "@/components/ui/table.module.css";
import text from "@/components/ui/text.module.css";
import { calendarDay, campaignFormatter } from "@/i18n/format";
import { REASON_MAX_LENGTH, SEARCH_MAX_LENGTH } from "@/lib/organizers/public-list/limits";
import type { HideError } from "@/lib/organizers/public-list/hide";
import type { ShownName } from "@/lib/organizers/public-list/shown-name";
import { publicNameAction } from "./actions";
import { initialPublicNameState, type PublicNameState } from "./state";
import organizers from "../organizers.module.css";
import styles from "./signers.module.css";

interface PublicNamePanelProps {
  /** The newest names on the list, shown before any search. */
  newest: { names: ShownName[]; more: boolean };
}

/** The reason field's own errors, keys of "OrganizerSigners.errors" (a bad signature id is the name's, not the reason's). */
const REASON_ERRORS = [
  "reasonRequired",
  "reasonTooShort",
  "reasonTooLong",
  "reasonInvalidCharacters",
] as const satisfies readonly HideError[];

function reasonError(error: HideError | undefined): (typeof REASON_ERRORS)[number] | undefined {
  return REASON_ERRORS.find((known) => known === error);
}

/** A YYYY-MM-DD day of confirmation, in the page's language. */
function useFormatDay(): (day: string) => string {
  const format = campaignFormatter(useLocale());
  return (day) => format.dateTime(calendarDay(day), "mediumDay");
}

/**
 * Search the public list, choose a name, give the reason, hide it. Every step is a plain
 * form posted to one action, so it all works without JavaScript.
 */
export function PublicNamePanel({ newest }: PublicNamePanelProps) {
  const t = useTranslations("OrganizerSigners");
  const [state, dispatch, pending] = useActionState(publicNameAction, initialPublicNameState(newest));
  const notice = state.status === "results" ? state.notice : undefined;

  return (
    <section aria-labelledby="hide-heading" className={styles.panel}>
      <h2 id="hide-heading">{t("panel.heading")}</h2>
      <div role="status" aria-live="polite">
        {notice?.kind === "hidden" && (
          <p className={organizers.success}>{t("panel.hidden", { name: notice.name })}</p>
        )}
        {notice?.kind === "already-hidden" && <p className={styles.notice}>{t("panel.alreadyHidden")}</p>}
        {notice?.kind === "not-listed" && <p className={styles.notice}>{t("panel.notListed")}</p>}
      </div>
      <div role="alert" aria-live="assertive">
        {state.status === "unavailable" && <p className={form.alert}>{t("unavailable")}</p>}
      </div>

      {state.status === "confirming" ? (
        <HideForm state={state} dispatch={dispatch} pending={pending} />
      ) : (
        <>
          <SearchForm
            query={state.query}
            error={state.status === "results" ? state.queryError : undefined}
            dispatch={dispatch}
            pending={pending}
          />
          {state.status === "results" && !state.queryError && (
            <Results
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
  dispatch: (formData: FormData) => void;
  pending: boolean;
}

function SearchForm({
  query,
  error,
  dispatch,
  pending,
}: FormProps & { query: string; error?: "queryTooLong" }) {
  const t = useTranslations("OrganizerSigners.search");
  const errors = useTranslations("OrganizerSigners.errors");
  const locale = useLocale();
  return (
    <form action={dispatch} role="search" className={styles.search} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div className={form.field}>
        <label htmlFor="signers-query">{t("label")}</label>
        <p className={form.hint} id="signers-query-hint">
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
          <p className={form.error} id="signers-query-error">
            {errors(error)}
          </p>
        )}
      </div>
      <button type="submit" name="intent" value="search" className={buttonClass()} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}

function Results({
  query,
  names,
  more,
  dispatch,
  pending,
}: FormProps & { query: string; names: ShownName[]; more: boolean }) {
  const t = useTranslations("OrganizerSigners.results");
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const formatDay = useFormatDay();
  if (names.length === 0) {
    return <p className={styles.notice}>{query ? t("none") : t("emptyList")}</p>;
  }
  return (
    <>
      <div className={table.scroll} role="region" aria-labelledby="signers-results-caption" tabIndex={0}>
        <table className={`${table.table} ${styles.typed}`}>
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
                  <time dateTime={shown.confirmedOn}>{formatDay(shown.confirmedOn)}</time>
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
                      className={buttonClass("secondary", { small: true })}
                      disabled={pending}
                    >
                      {t("hide")}
                      <span className={text.visuallyHidden}> {shown.name}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more && <p className={form.hint}>{t("more", { limit: format.number(names.length) })}</p>}
    </>
  );
}

function HideForm({
  state,
  dispatch,
  pending,
}: FormProps & { state: Extract<PublicNameState, { status: "confirming" }> }) {
  const t = useTranslations("OrganizerSigners.hide");
  const errors = useTranslations("OrganizerSigners.errors");
  const locale = useLocale();
  const maxReason = campaignFormatter(locale).number(REASON_MAX_LENGTH);
  const formatDay = useFormatDay();
  const reasonRef = useRef<HTMLInputElement>(null);
  const error = reasonError(state.errors?.reason);
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
        <time dateTime={state.target.confirmedOn}>{formatDay(state.target.confirmedOn)}</time>
      </p>
      <p>{t("explanation")}</p>
      <div className={form.field}>
        <label htmlFor="signers-reason">{t("reason")}</label>
        <p className={form.hint} id="signers-reason-hint">
          {t("reasonHint", { max: maxReason })}
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
          <p className={form.error} id="signers-reason-error">
            {errors(error, { max: maxReason })}
          </p>
        )}
      </div>
      <div className={styles.actions}>
        <button type="submit" name="intent" value="hide" className={buttonClass("danger")} disabled={pending}>
          {pending ? t("hiding") : t("submit")}
        </button>
        <button
          type="submit"
          name="intent"
          value="cancel"
          className={buttonClass("secondary")}
          disabled={pending}
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
