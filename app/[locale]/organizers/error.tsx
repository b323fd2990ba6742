"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { buttonClass } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";

/**
 * What an organizer sees when a page cannot be read, most often because the database is
 * away: a message in their language and a way to try again, never a stack trace.
 */
export default function OrganizerError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("OrganizerError");
  useEffect(() => {
    // The digest lets an operator find the server's log entry; the message stays out of the page.
    console.error(`Organizer page failed (digest ${error.digest ?? "none"})`);
  }, [error]);
  return (
    <div className={`${layout.prose} ${layout.statusPage}`} role="alert">
      <h1>{t("heading")}</h1>
      <p className={text.lead}>{t("body")}</p>
      <p>
        <button type="button" className={buttonClass()} onClick={reset}>
          {t("retry")}
        </button>
      </p>
    </div>
  );
}
