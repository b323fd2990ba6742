"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ConfirmTokenState, PendingSignatureSummary } from "@/lib/petition/confirm";
import type { PetitionPhase } from "@/lib/settings/schema";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { confirmSignatureAction, renewConfirmationAction, type ConfirmState } from "./actions";

const IDLE: ConfirmState = { status: "idle" };

interface ConfirmPanelProps {
  locale: Locale;
  token: string;
  tokenState: ConfirmTokenState | "unavailable";
  /** Outside the petition's dates nothing can be confirmed or renewed. */
  phase: PetitionPhase;
  /** What confirming will publish or keep, so the owner of the mailbox decides. */
  summary?: PendingSignatureSummary & { place: string };
  /** The share row, rendered on the server (it needs the site's public address). */
  share: ReactNode;
}

export function ConfirmPanel({ locale, token, tokenState, phase, summary, share }: ConfirmPanelProps) {
  const t = useTranslations("ConfirmPage");
  const [confirmState, confirm, confirming] = useActionState(confirmSignatureAction, IDLE);
  const [renewState, renew, renewing] = useActionState(renewConfirmationAction, IDLE);
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
        <p className="lead" role="status">
          {state.status === "confirmed" ? t("confirmedBody") : t("alreadyConfirmedBody")}
        </p>
        {share}
        <p className="private-link">
          {t("withdrawHint")} <a href={state.withdrawPath}>{t("withdrawLink")}</a>
        </p>
      </>
    );
  }

  if (state.status === "renewed") {
    return (
      <>
        <h1>{t("heading")}</h1>
        <p className="lead" role="status">
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
        <p className="lead">{t(closedPhase === "closed" ? "closedBody" : "notOpenBody")}</p>
      </>
    );
  }

  const view = state.status === "idle" ? tokenState : state.status;
  const unavailable = view === "unavailable" || state.status === "rate-limited";

  if (view === "invalid") {
    return (
      <>
        <h1>{t("invalidHeading")}</h1>
        <p className="lead">{t("invalidBody")}</p>
        <p>
          <Link href="/sign" className="button">
            {t("signAgain")}
          </Link>
        </p>
      </>
    );
  }

  if (view === "expired") {
    return (
      <>
        <h1>{t("expiredHeading")}</h1>
        <p className="lead">{t("expiredBody", { hours: CONFIRMATION_TTL_HOURS })}</p>
        <form action={renew}>
          {tokenFields}
          <button type="submit" className="button" disabled={renewing}>
            {t("renewButton")}
          </button>
        </form>
      </>
    );
  }

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="lead">{t("pendingBody")}</p>
      {summary && (
        <>
          <h2>{t("summaryHeading")}</h2>
          <dl className="confirm-summary">
            <dt>{t("summaryName")}</dt>
            <dd>{summary.name}</dd>
            <dt>{t("summaryPlace")}</dt>
            <dd>{summary.place}</dd>
            <dt>{t("summaryShowName")}</dt>
            <dd>{summary.showName ? t("summaryShown") : t("summaryHidden")}</dd>
            <dt>{t("summaryUpdates")}</dt>
            <dd>{summary.wantsUpdates ? t("yes") : t("no")}</dd>
          </dl>
          <p>
            {t("summaryWrong")} <Link href="/sign">{t("summarySignAgain")}</Link>
          </p>
        </>
      )}
      <div role="alert" aria-live="assertive">
        {unavailable && <p className="form-alert">{t("unavailable")}</p>}
      </div>
      <form action={confirm}>
        {tokenFields}
        <button type="submit" className="button" disabled={confirming}>
          {t("confirmButton")}
        </button>
      </form>
    </>
  );
}
