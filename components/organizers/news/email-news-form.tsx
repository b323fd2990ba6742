"use client";

import { useLocale, useTranslations, type Locale } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import { campaignFormatter } from "@/i18n/format";
import { emailNewsAction } from "./actions";
import { initialEmailNewsState } from "./state";
import styles from "./news.module.css";

interface EmailNewsFormProps {
  updateId: string;
  audience: Record<Locale, number>;
}

/** For an update published without its email: send it now. The server sends it once, however often this is posted. */
export function EmailNewsForm({ updateId, audience }: EmailNewsFormProps) {
  const t = useTranslations("OrganizerNews.email");
  const page = useTranslations("OrganizerNews");
  const [state, dispatch, pending] = useActionState(emailNewsAction, initialEmailNewsState);
  const total = audience.es + audience.en;
  const locale = useLocale();
  const format = campaignFormatter(locale);
  const number = (value: number) => format.number(value);
  return (
    <section aria-labelledby="news-email-heading" className={styles.panel}>
      <h2 id="news-email-heading">{t("heading")}</h2>
      <div role="alert" aria-live="assertive">
        {state.status === "unavailable" && <p className={form.alert}>{page("unavailable")}</p>}
      </div>
      {total > 0 ? (
        <form action={dispatch}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={updateId} />
          <p>
            {t("intro", {
              count: total,
              total: number(total),
              es: number(audience.es),
              en: number(audience.en),
            })}
          </p>
          <button type="submit" className={buttonClass()} disabled={pending}>
            {t("send", { count: total, total: number(total) })}
          </button>
        </form>
      ) : (
        <p>{page("noAudience")}</p>
      )}
    </section>
  );
}
