"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { campaignFormatter } from "@/i18n/format";
import form from "@/components/ui/form.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import type { ConfirmTokenState, PendingSignatureSummary } from "@/lib/petition/confirm";
import type { PetitionPhase } from "@/lib/settings/schema";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { confirmSignatureAction, renewConfirmationAction } from "./actions";
import { initialConfirmState } from "./state";
import styles from "./confirm-panel.module.css";

interface ConfirmPanelProps {
  token: string;
  tokenState: ConfirmTokenState | "unavailable";
  /** Outside the petition's dates nothing can be confirmed or renewed. */
  phase: PetitionPhase;
  /** What confirming will publish or keep, so the owner of the mailbox decides. */
  summary?: PendingSignatureSummary & { place: string };
  /** The share row, rendered on the server (it needs the site's public address). */
  share: ReactNode;
  /** The short version of the privacy notice that confirming accepts (recorded with it). */
  noticeVersion: string;
}

export function ConfirmPanel({ token, tokenState, phase, summary, share, noticeVersion }: ConfirmPanelProps) {
  const t = useTranslations("ConfirmPage");
  const locale = useLocale();
  const [confirmState, confirm, confirming] = useActionState(confirmSignatureAction, initialConfirmState);
  const [renewState, renew, renewing] = useActionState(renewConfirmationAction, initialConfirmState);
  const tokenFields = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
    </>
  );

  const state = renewState.status !== "idle" ? renewState : confirmState;

  if (state.status === "confirmed" || state.status === "already-confirmed") {
    return (
      <>
        <h1>{t("confirmedHeading")}</h1>
        <p className={text.lead} role="status">
          {state.status === "confirmed" ? t("confirmedBody") : t("alreadyConfirmedBody")}
        </p>
        {share}
        <p className={styles.privateLink}>
          {t("withdrawHint")} <a href={state.withdrawPath}>{t("withdrawLink")}</a>
        </p>
      </>
    );
  }

  if (state.status === "renewed") {
    return (
      <>
        <h1>{t("heading")}</h1>
        <p className={text.lead} role="status">
          {t("renewedBody")}
        </p>
      </>
    );
  }

  const closedPhase =
    state.status === "closed" || state.status === "not-open"
      ? state.status
      : phase !== "open" && (tokenState === "pending" || tokenState === "expired")
        ? phase
        : null;
  if (closedPhase) {
    return (
      <>
        <h1>{t(closedPhase === "closed" ? "closedHeading" : "notOpenHeading")}</h1>
        <p className={text.lead}>{t(closedPhase === "closed" ? "closedBody" : "notOpenBody")}</p>
      </>
    );
  }

  const view = state.status === "idle" ? tokenState : state.status;
  const unavailable = view === "unavailable" || state.status === "rate-limited";

  if (view === "invalid") {
    return (
      <>
        <h1>{t("invalidHeading")}</h1>
        <p className={text.lead}>{t("invalidBody")}</p>
        <p>
          <Link href="/sign" className={buttonClass()}>
            {t("signAgain")}
          </Link>
        </p>
      </>
    );
  }

  // A renewal refused because the mailbox already received its emails for the day.
  const renewWait = renewState.status === "rate-limited" ? renewState.retryAfterMinutes : null;
  if (view === "expired" || renewWait !== null) {
    return (
      <>
        <h1>{t("expiredHeading")}</h1>
        <p className={text.lead}>
          {t("expiredBody", { hours: campaignFormatter(locale).number(CONFIRMATION_TTL_HOURS) })}
        </p>
        <div role="alert" aria-live="assertive">
          {renewWait !== null && (
            <p className={form.alert}>{t("renewLimited", { hours: Math.ceil(renewWait / 60) })}</p>
          )}
        </div>
        <form action={renew}>
          {tokenFields}
          <button type="submit" className={buttonClass()} disabled={renewing}>
            {t("renewButton")}
          </button>
        </form>
      </>
    );
  }

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className={text.lead}>{t("pendingBody")}</p>
      {summary && (
        <>
          <h2>{t("summaryHeading")}</h2>
          <dl className={styles.summary}>
            <dt>{t("summaryName")}</dt>
            <dd>{summary.name}</dd>
            <dt>{t("summaryPlace")}</dt>
            <dd>{summary.place}</dd>
          </dl>
          <p>{t("summaryWrong")}</p>
        </>
      )}
      <div role="alert" aria-live="assertive">
        {unavailable && <p className={form.alert}>{t("unavailable")}</p>}
      </div>
      <form action={confirm}>
        {tokenFields}
        {summary && (
          // The owner of the mailbox makes these choices, whatever the form said.
          <fieldset className={styles.choices}>
            <legend>{t("choicesLegend")}</legend>
            <input type="hidden" name="choices" value="1" />
            <div className={`${form.field} ${form.check}`}>
              <input
                id="confirm-showName"
                name="showName"
                type="checkbox"
                defaultChecked={summary.showName}
                aria-describedby="confirm-showName-hint"
              />
              <label htmlFor="confirm-showName">{t("showNameChoice")}</label>
              <p className={form.hint} id="confirm-showName-hint">
                {t("showNameChoiceHint")}
              </p>
            </div>
            <div className={`${form.field} ${form.check}`}>
              <input
                id="confirm-wantsUpdates"
                name="wantsUpdates"
                type="checkbox"
                defaultChecked={summary.wantsUpdates}
              />
              <label htmlFor="confirm-wantsUpdates">{t("wantsUpdatesChoice")}</label>
            </div>
          </fieldset>
        )}
        <p className={form.hint}>
          {t.rich("noticeAccepted", {
            version: `${noticeVersion}…`,
            link: (chunks) => <Link href="/privacy">{chunks}</Link>,
          })}
        </p>
        <button type="submit" className={buttonClass()} disabled={confirming}>
          {t("confirmButton")}
        </button>
      </form>
    </>
  );
}
