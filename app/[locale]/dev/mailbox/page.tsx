import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db";
import { clientAddress, isLoopback } from "@/lib/security/client-address";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

/**
 * The inside of an email's <body>: the email's own <html> and <body> tags, parsed inside
 * this page, would hand their attributes to the page's body.
 */
function bodyOf(html: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

// Development only: in a production build this page does not exist. It shows live sign-in
// and withdrawal links, so it answers only requests from this machine.
export default async function DevMailboxPage({ params }: PageProps<"/[locale]/dev/mailbox">) {
  if (process.env.NODE_ENV === "production") notFound();
  if (!isLoopback(clientAddress(await headers()))) notFound();
  await pageLocale(params);
  const t = await getTranslations("DevMailbox");
  const format = await getFormatter();
  const emails = await db().localEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, html: true, createdAt: true },
  });

  return (
    <div className={`${layout.page} ${layout.statusPage}`}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {emails.length === 0 && <p>{t("empty")}</p>}
      {emails.map((email) => (
        <article key={email.id} className={styles.email} aria-labelledby={`email-${email.id}`}>
          <h2 id={`email-${email.id}`}>{email.subject}</h2>
          <p className={text.source}>
            {t("to")}: {email.to} · {t("sentAt")}:{" "}
            {format.dateTime(email.createdAt, { dateStyle: "short", timeStyle: "medium" })}
          </p>
          {/* Our own template; every user-provided value in it was escaped when it was rendered. */}
          <div dangerouslySetInnerHTML={{ __html: bodyOf(email.html) }} />
        </article>
      ))}
    </div>
  );
}
