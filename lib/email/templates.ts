// The emails a signer receives, in their language. Words come from messages/*.json
// ("Emails" namespace); user-provided text is escaped before it goes into HTML.
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

const MESSAGES = { es, en } as const;

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "Emails" });
}

interface Paragraph {
  text: string;
  link?: { label: string; url: string };
}

function layout(
  locale: Locale,
  subject: string,
  paragraphs: Paragraph[],
  footer = translator(locale)("footer"),
): RenderedEmail {
  const html = [
    `<!doctype html><html lang="${locale}"><body style="margin:0;padding:24px;background:#f7f6f9;font-family:system-ui,sans-serif;color:#1d1a24;line-height:1.5">`,
    `<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-top:4px solid #5b2a86">`,
    `<p style="font-weight:800;margin:0 0 16px">#BudapestConventionMx</p>`,
    ...paragraphs.map(({ text, link }) =>
      link
        ? `<p>${escapeHtml(text)}</p><p><a href="${escapeHtml(link.url)}" style="display:inline-block;background:#5b2a86;color:#fff;padding:12px 18px;border-radius:6px;text-decoration:none;font-weight:700">${escapeHtml(link.label)}</a></p><p style="font-size:13px;color:#4d4857;word-break:break-all">${escapeHtml(link.url)}</p>`
        : `<p>${escapeHtml(text)}</p>`,
    ),
    `<p style="font-size:13px;color:#4d4857;margin-top:24px">${escapeHtml(footer)}</p>`,
    `</div></body></html>`,
  ].join("");
  const text = [
    ...paragraphs.map(({ text, link }) => (link ? `${text}\n${link.label}: ${link.url}` : text)),
    footer,
  ].join("\n\n");
  return { subject, html, text };
}

// No email carries the signer's name: whoever fills in the form types it, and the owner of
// the mailbox has not confirmed it yet. They see it on the confirmation page instead.
export function confirmationEmail(
  locale: Locale,
  {
    confirmUrl,
    withdrawUrl,
    expiresInHours,
  }: { confirmUrl: string; withdrawUrl: string; expiresInHours: number },
): RenderedEmail {
  const t = translator(locale);
  return layout(locale, t("confirmSubject"), [
    { text: t("greeting") },
    {
      text: t("confirmBody", { hours: expiresInHours }),
      link: { label: t("confirmButton"), url: confirmUrl },
    },
    { text: t("notYou") },
    { text: t("withdrawBody"), link: { label: t("withdrawButton"), url: withdrawUrl } },
  ]);
}

export function alreadySignedEmail(
  locale: Locale,
  { confirmed, confirmUrl, withdrawUrl }: { confirmed: boolean; confirmUrl?: string; withdrawUrl: string },
): RenderedEmail {
  const t = translator(locale);
  return layout(locale, t("alreadySignedSubject"), [
    { text: t("greeting") },
    confirmed
      ? { text: t("alreadyConfirmedBody") }
      : { text: t("alreadyPendingBody"), link: { label: t("confirmButton"), url: confirmUrl ?? "" } },
    { text: t("notYou") },
    { text: t("withdrawBody"), link: { label: t("withdrawButton"), url: withdrawUrl } },
  ]);
}

export function organizerSignInEmail(
  locale: Locale,
  { signInUrl, expiresInMinutes }: { signInUrl: string; expiresInMinutes: number },
): RenderedEmail {
  const t = translator(locale);
  return layout(
    locale,
    t("organizerSubject"),
    [
      {
        text: t("organizerBody", { minutes: expiresInMinutes }),
        link: { label: t("organizerButton"), url: signInUrl },
      },
      { text: t("organizerNotYou") },
    ],
    t("organizerFooter"),
  );
}
