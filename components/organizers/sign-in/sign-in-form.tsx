"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import text from "@/components/ui/text.module.css";
import { campaignFormatter } from "@/i18n/format";
import { SIGN_IN_EMAIL_MAX_LENGTH } from "@/lib/organizers/sign-in-email-length";
import { SIGN_IN_LINK_TTL_MINUTES } from "@/lib/organizers/sign-in-window";
import { requestSignInLinkAction } from "./actions";
import { initialSignInLinkState } from "./state";
import styles from "./sign-in-form.module.css";

interface SignInFormProps {
  /** This page's own address: following it starts again with an empty form. */
  signInPath: string;
}

export function SignInForm({ signInPath }: SignInFormProps) {
  const t = useTranslations("OrganizerSignIn");
  const locale = useLocale();
  const minutes = campaignFormatter(locale).number(SIGN_IN_LINK_TTL_MINUTES);
  const [state, request, requesting] = useActionState(requestSignInLinkAction, initialSignInLinkState);

  if (state.status === "sent") {
    return (
      <>
        <h1>{t("sentHeading")}</h1>
        <p className={text.lead} role="status">
          {t("sentBody", { email: state.email, minutes })}
        </p>
        <p>
          <a href={signInPath}>{t("sendAnother")}</a>
        </p>
      </>
    );
  }

  const invalid = state.status === "invalid";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      <div role="alert" aria-live="assertive">
        {state.status === "unavailable" && <p className={form.alert}>{t("unavailable")}</p>}
        {state.status === "rate-limited" && (
          <p className={form.alert}>{t("rateLimited", { minutes: state.retryAfterMinutes })}</p>
        )}
      </div>
      <form action={request} className={styles.form} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <div className={form.field}>
          <label htmlFor="organizer-email">{t("email")}</label>
          <input
            id="organizer-email"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={SIGN_IN_EMAIL_MAX_LENGTH}
            required
            defaultValue={state.status === "idle" ? "" : state.email}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "organizer-email-error" : undefined}
          />
          {invalid && (
            <p className={form.error} id="organizer-email-error">
              {t("invalidEmail")}
            </p>
          )}
        </div>
        <button type="submit" className={buttonClass()} disabled={requesting}>
          {requesting ? t("sending") : t("submit")}
        </button>
      </form>
    </>
  );
}
