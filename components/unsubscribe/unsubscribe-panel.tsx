"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import text from "@/components/ui/text.module.css";
import { unsubscribeAction } from "./actions";
import { initialUnsubscribeState } from "./state";
import styles from "./unsubscribe-panel.module.css";

/**
 * One button, posted as a native form so it works without JavaScript. Opening the page
 * changes nothing: mail scanners open every link in an email before the person does.
 */
export function UnsubscribePanel({ token }: { token: string }) {
  const t = useTranslations("UnsubscribePage");
  const [state, unsubscribe, pending] = useActionState(unsubscribeAction, initialUnsubscribeState);

  const signatureNote = (
    <div className={styles.note}>
      <p>{t("signatureStays")}</p>
      <p>{t("howToWithdraw")}</p>
    </div>
  );

  if (state.status === "done") {
    return (
      <>
        <h1>{t("doneHeading")}</h1>
        <p className={text.lead} role="status">
          {t("doneBody")}
        </p>
        {signatureNote}
      </>
    );
  }

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className={text.lead}>{t("body")}</p>
      <div role="alert" aria-live="assertive">
        {state.status === "unavailable" && <p className={form.alert}>{t("unavailable")}</p>}
      </div>
      <form action={unsubscribe}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass()} disabled={pending}>
          {t("button")}
        </button>
      </form>
      {signatureNote}
    </>
  );
}
