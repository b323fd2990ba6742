"use client";

import { useLocale, useTranslations, type Locale } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { NewsArticle } from "@/components/news/news-article";
import { formatNewsDate } from "@/components/news/news-date";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import { campaignFormatter } from "@/i18n/format";
import { NEWS_BODY_MAX_LENGTH } from "@/lib/news/body";
import {
  NEWS_TITLE_MAX_LENGTH,
  parseNewsText,
  type NewsFormValues,
  type NewsText,
  type NewsTextField,
} from "@/lib/news/schema";
import { newsEditorAction } from "./actions";
import { initialNewsEditorState } from "./state";
import { NEWS_DONE_ALERTS, type NewsDone } from "./done";
import styles from "./news.module.css";
import organizers from "../organizers.module.css";

export interface NewsEditorProps {
  /** The stored update, or an empty form with the id a new update will get. */
  initial: NewsFormValues;
  /** "new": not stored yet; "published": saving corrects it, and it cannot be published again. */
  mode: "new" | "draft" | "published";
  /** When it was published (ISO), for the preview's date line. */
  publishedAt: string | null;
  siteOrigin: string;
  /** Confirmed signers who asked for news, by language. */
  audience: Record<Locale, number>;
  /** What the last redirect reported. */
  done: NewsDone | null;
}

// Message keys for what happened to the email of an update that was already published.
const EMAIL_RESULT_KEYS = {
  queued: "queued",
  "already-queued": "alreadyQueued",
  "not-published": "notPublished",
  unavailable: "unavailable",
} as const;

const LANGUAGES = ["es", "en"] as const satisfies readonly Locale[];
const FIELDS: Record<Locale, { title: NewsTextField; body: NewsTextField }> = {
  es: { title: "titleEs", body: "bodyEs" },
  en: { title: "titleEn", body: "bodyEn" },
};

/**
 * Writing an update in both languages: preview it as it will be published, save it as a
 * draft, publish it (and, if asked, email it). A plain form that works without
 * JavaScript; whatever was typed comes back with any error.
 */
export function NewsEditor({ initial, mode, publishedAt, siteOrigin, audience, done }: NewsEditorProps) {
  const t = useTranslations("OrganizerNews");
  const [state, dispatch, pending] = useActionState(newsEditorAction, initialNewsEditorState);
  const values = state.status === "idle" ? initial : state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const errorCount = Object.keys(errors).length;
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const number = (value: number) => format.number(value);
  const audienceTotal = audience.es + audience.en;
  // The redirect's message belongs to the page as loaded; any later answer replaces it.
  const shownDone = state.status === "idle" ? done : null;
  const doneIsAlert = shownDone !== null && NEWS_DONE_ALERTS.includes(shownDone);

  const field = (name: NewsTextField, language: Locale, multiline: boolean) => {
    const id = `news-${name}`;
    const error = errors[name];
    const describedBy = [multiline && "news-format-help", error && `${id}-error`].filter(Boolean).join(" ");
    const shared = {
      id,
      name,
      lang: language,
      defaultValue: values[name],
      required: true,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy || undefined,
    };
    return (
      <div className={form.field}>
        <label htmlFor={id}>{t(`fields.${name}`)}</label>
        {multiline ? (
          <textarea rows={12} maxLength={NEWS_BODY_MAX_LENGTH} {...shared} />
        ) : (
          <input type="text" autoComplete="off" maxLength={NEWS_TITLE_MAX_LENGTH} {...shared} />
        )}
        {error && (
          <p className={form.error} id={`${id}-error`}>
            {t(`errors.${error}`, { max: number(multiline ? NEWS_BODY_MAX_LENGTH : NEWS_TITLE_MAX_LENGTH) })}
          </p>
        )}
      </div>
    );
  };

  return (
    <>
      <div role="status" aria-live="polite">
        {shownDone && !doneIsAlert && <p className={organizers.success}>{t(`done.${shownDone}`)}</p>}
      </div>
      <div role="alert" aria-live="assertive">
        {shownDone && doneIsAlert && <p className={form.alert}>{t(`done.${shownDone}`)}</p>}
        {errorCount > 0 && <p className={form.alert}>{t("errorSummary", { count: errorCount })}</p>}
        {state.status === "unavailable" && <p className={form.alert}>{t("unavailable")}</p>}
        {state.status === "stale" && <p className={form.alert}>{t("stale")}</p>}
        {state.status === "notFound" && <p className={form.alert}>{t("notFound")}</p>}
        {state.status === "alreadyPublished" && (
          <p className={form.alert}>
            {t("alreadyPublished")}
            {state.email && ` ${t(`alreadyPublishedEmail.${EMAIL_RESULT_KEYS[state.email]}`)}`}
          </p>
        )}
      </div>

      {state.status === "preview" && (
        <NewsPreview
          text={previewText(state.values)}
          publishedAt={publishedAt ?? state.at}
          previewedAt={state.at}
          siteOrigin={siteOrigin}
        />
      )}

      <form action={dispatch} className={styles.form} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={values.id} />
        <input type="hidden" name="version" value={values.version} />
        <div className={styles.help} id="news-format-help">
          {t.rich("formatHelp", { code: (chunks) => <code>{chunks}</code> })}
        </div>
        {LANGUAGES.map((language) => (
          <fieldset key={language}>
            <legend>{t(`languages.${language}`)}</legend>
            {field(FIELDS[language].title, language, false)}
            {field(FIELDS[language].body, language, true)}
          </fieldset>
        ))}

        {mode !== "published" &&
          (audienceTotal > 0 ? (
            <div className={`${form.field} ${form.check}`}>
              <input
                type="checkbox"
                id="news-sendEmail"
                name="sendEmail"
                defaultChecked={values.sendEmail}
                aria-describedby="news-sendEmail-hint"
              />
              <label htmlFor="news-sendEmail">
                {t("sendEmail", {
                  count: audienceTotal,
                  total: number(audienceTotal),
                  es: number(audience.es),
                  en: number(audience.en),
                })}
              </label>
              <p className={form.hint} id="news-sendEmail-hint">
                {t("sendEmailHint")}
              </p>
            </div>
          ) : (
            <p className={form.hint}>{t("noAudience")}</p>
          ))}

        <div className={styles.actions}>
          <button
            type="submit"
            name="intent"
            value="preview"
            className={buttonClass("secondary")}
            disabled={pending}
          >
            {t("preview")}
          </button>
          <button
            type="submit"
            name="intent"
            value="save"
            className={buttonClass("secondary")}
            disabled={pending}
          >
            {mode === "published" ? t("saveCorrection") : t("saveDraft")}
          </button>
          {mode !== "published" && (
            <button type="submit" name="intent" value="publish" className={buttonClass()} disabled={pending}>
              {t("publish")}
            </button>
          )}
        </div>
        {pending && (
          <p className={form.hint} role="status">
            {t("working")}
          </p>
        )}
      </form>
    </>
  );
}

/** The text exactly as it would be stored (trimmed, normalized); the action only previews valid text. */
function previewText(values: NewsFormValues): NewsText {
  const parsed = parseNewsText(values);
  return parsed.success ? parsed.text : values;
}

interface NewsPreviewProps {
  text: NewsText;
  publishedAt: string;
  /** When this preview was made: each new one is brought into view once. */
  previewedAt: string;
  siteOrigin: string;
}

/** Both languages rendered by the public page's own component. */
function NewsPreview({ text, publishedAt, previewedAt, siteOrigin }: NewsPreviewProps) {
  const t = useTranslations("OrganizerNews");
  const section = useRef<HTMLElement>(null);
  // With JavaScript the form stays where it was; bring the preview into view.
  useEffect(() => {
    section.current?.focus();
  }, [previewedAt]);
  return (
    <section ref={section} tabIndex={-1} aria-labelledby="news-preview-heading" className={styles.preview}>
      <h2 id="news-preview-heading">{t("previewHeading")}</h2>
      <p>{t("previewNote")}</p>
      {LANGUAGES.map((language) => (
        <div key={language} className={styles.previewPane}>
          <p className={styles.previewLanguage}>{t(`languages.${language}`)}</p>
          <NewsArticle
            headingLevel={3}
            lang={language}
            title={text[FIELDS[language].title]}
            body={text[FIELDS[language].body]}
            siteOrigin={siteOrigin}
            meta={<time dateTime={publishedAt}>{formatNewsDate(publishedAt, language)}</time>}
          />
        </div>
      ))}
    </section>
  );
}
