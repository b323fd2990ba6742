"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import text from "@/components/ui/text.module.css";
import { campaignFormatter } from "@/i18n/format";
import { SIGN_IN_LINK_TTL_MINUTES } from "@/lib/organizers/sign-in-window";
import { signInWithLinkAction } from "./actions";
import { initialSignInState } from "./state";

interface SignInLinkFormProps {
  token: string;
  usable: boolean;
}

// Opening the link only shows a button: mail scanners that fetch links spend nothing.
export function SignInLinkForm({ token, usable }: SignInLinkFormProps) {
  const t = useTranslations("OrganizerSignIn");
  const locale = useLocale();
  const minutes = campaignFormatter(locale).number(SIGN_IN_LINK_TTL_MINUTES);
  const [state, signIn, signingIn] = useActionState(signInWithLinkAction, initialSignInState);

  if (state.status === "invalid" || (state.status === "idle" && !usable)) {
    return (
      <>
        <h1>{t("linkInvalidHeading")}</h1>
        <p className={text.lead}>{t("linkInvalidBody", { minutes })}</p>
        <p>
          <Link href="/organizers/sign-in" className={buttonClass()}>
            {t("requestNew")}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t("linkTitle")}</h1>
      <p className={text.lead}>{t("linkBody")}</p>
      <div role="alert" aria-live="assertive">
        {state.status === "unavailable" && <p className={form.alert}>{t("unavailable")}</p>}
      </div>
      <form action={signIn}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass()} disabled={signingIn}>
          {t("linkSubmit")}
        </button>
      </form>
    </>
  );
}
