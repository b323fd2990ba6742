"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import text from "@/components/ui/text.module.css";
import type { WithdrawTokenState } from "@/lib/petition/withdraw";
import { withdrawSignatureAction } from "./actions";
import { initialWithdrawState } from "./state";

interface WithdrawPanelProps {
  token: string;
  tokenState: WithdrawTokenState | "unavailable";
}

export function WithdrawPanel({ token, tokenState }: WithdrawPanelProps) {
  const t = useTranslations("WithdrawPage");
  const [state, withdraw, withdrawing] = useActionState(withdrawSignatureAction, initialWithdrawState);

  if (state.status === "withdrawn") {
    return (
      <>
        <h1>{t("withdrawnHeading")}</h1>
        <p className={text.lead} role="status">
          {t("withdrawnBody")}
        </p>
      </>
    );
  }

  if (state.status === "invalid" || (state.status === "idle" && tokenState === "invalid")) {
    return (
      <>
        <h1>{t("invalidHeading")}</h1>
        <p className={text.lead}>{t("invalidBody")}</p>
      </>
    );
  }

  const unavailable = state.status === "unavailable" || tokenState === "unavailable";
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className={text.lead}>{t("body")}</p>
      <div role="alert" aria-live="assertive">
        {unavailable && <p className={form.alert}>{t("unavailable")}</p>}
      </div>
      <form action={withdraw}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass("danger")} disabled={withdrawing}>
          {t("withdrawButton")}
        </button>
      </form>
    </>
  );
}
