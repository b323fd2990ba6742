// The emails a signer receives, in their language. Words come from messages/*.json
// ("Emails" namespace); user-provided text is escaped before it goes into HTML.
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { newsBodyAsText, parseNewsBody, type BodySegment } from "@/lib/news/body";
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

/** A paragraph, optionally followed by a button. */
interface ButtonParagraph {
  text: string;
  link?: { label: string; url: string };
}

/** A paragraph of text and inline links (an update's body, the line that stops news). */
interface InlineParagraph {
  segments: BodySegment[];
  small?: boolean;
  heading?: boolean;
}

type Paragraph = ButtonParagraph | InlineParagraph;

const SMALL = "font-size:13px;color:#4d4857";

function inlineHtml(segments: BodySegment[]): string {
  return segments
    .map((segment) =>
      segment.kind === "link"
        ? `<a href="${escapeHtml(segment.url)}" style="color:#5b2a86">${escapeHtml(segment.text)}</a>`
        : escapeHtml(segment.text),
    )
    .join("");
}

function paragraphHtml(paragraph: Paragraph): string {
  if ("segments" in paragraph) {
    if (paragraph.heading) {
      return `<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px">${inlineHtml(paragraph.segments)}</h1>`;
    }
    return `<p${paragraph.small ? ` style="${SMALL}"` : ""}>${inlineHtml(paragraph.segments)}</p>`;
  }
  const { text, link } = paragraph;
  return link
    ? `<p>${escapeHtml(text)}</p><p><a href="${escapeHtml(link.url)}" style="display:inline-block;background:#5b2a86;color:#fff;padding:12px 18px;border-radius:6px;text-decoration:none;font-weight:700">${escapeHtml(link.label)}</a></p><p style="${SMALL};word-break:break-all">${escapeHtml(link.url)}</p>`
    : `<p>${escapeHtml(text)}</p>`;
}

function paragraphText(paragraph: Paragraph): string {
  // The one way an update's text becomes plain text, used for every inline paragraph.
  if ("segments" in paragraph) return newsBodyAsText([paragraph.segments]);
  const { text, link } = paragraph;
  return link ? `${text}\n${link.label}: ${link.url}` : text;
}

function layout(
  locale: Locale,
  subject: string,
  paragraphs: Paragraph[],
  footer: Paragraph[] = [{ segments: [{ kind: "text", text: translator(locale)("footer") }] }],
): RenderedEmail {
  const html = [
    `<!doctype html><html lang="${locale}"><body style="margin:0;padding:24px;background:#f7f6f9;font-family:system-ui,sans-serif;color:#1d1a24;line-height:1.5">`,
    `<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-top:4px solid #5b2a86">`,
    `<p style="font-weight:800;margin:0 0 16px">#BudapestConventionMx</p>`,
    ...paragraphs.map(paragraphHtml),
    `<div style="${SMALL};margin-top:24px">`,
    ...footer.map((paragraph) => paragraphHtml({ ...paragraph, small: true })),
    `</div></div></body></html>`,
  ].join("");
  const text = [...paragraphs, ...footer].map(paragraphText).join("\n\n");
  return { subject, html, text };
}

/**
 * The one line a signer who asked for news finds in every email about their signature: how
 * to stop news without withdrawing the signature.
 */
function stopNewsLine(locale: Locale, unsubscribeUrl: string | undefined): Paragraph[] {
  if (!unsubscribeUrl) return [];
  const t = translator(locale);
  return [
    {
      small: true,
      segments: [
        { kind: "text", text: `${t("stopNews")} ` },
        { kind: "link", text: t("stopNewsLink"), url: unsubscribeUrl },
      ],
    },
  ];
}

// No email carries the signer's name: whoever fills in the form types it, and the owner of
// the mailbox has not confirmed it yet. They see it on the confirmation page instead.
export interface ConfirmationLinks {
  confirmUrl: string;
  withdrawUrl: string;
  expiresInHours: number;
  /** Present when the signer asked for news: the link that stops it. */
  unsubscribeUrl?: string;
}

export function confirmationEmail(
  locale: Locale,
  { confirmUrl, withdrawUrl, expiresInHours, unsubscribeUrl }: ConfirmationLinks,
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
    ...stopNewsLine(locale, unsubscribeUrl),
  ]);
}

/** The one reminder to a signer who has not confirmed a day after their latest link. */
export function confirmationReminderEmail(
  locale: Locale,
  { confirmUrl, withdrawUrl, expiresInHours, unsubscribeUrl }: ConfirmationLinks,
): RenderedEmail {
  const t = translator(locale);
  return layout(locale, t("reminderSubject"), [
    { text: t("greeting") },
    {
      text: t("reminderBody", { hours: expiresInHours }),
      link: { label: t("confirmButton"), url: confirmUrl },
    },
    { text: t("reminderOnce") },
    { text: t("notYou") },
    { text: t("withdrawBody"), link: { label: t("withdrawButton"), url: withdrawUrl } },
    ...stopNewsLine(locale, unsubscribeUrl),
  ]);
}

export function alreadySignedEmail(
  locale: Locale,
  {
    confirmed,
    confirmUrl,
    withdrawUrl,
    unsubscribeUrl,
  }: { confirmed: boolean; confirmUrl?: string; withdrawUrl: string; unsubscribeUrl?: string },
): RenderedEmail {
  const t = translator(locale);
  return layout(locale, t("alreadySignedSubject"), [
    { text: t("greeting") },
    confirmed
      ? { text: t("alreadyConfirmedBody") }
      : { text: t("alreadyPendingBody"), link: { label: t("confirmButton"), url: confirmUrl ?? "" } },
    { text: t("notYou") },
    { text: t("withdrawBody"), link: { label: t("withdrawButton"), url: withdrawUrl } },
    ...stopNewsLine(locale, unsubscribeUrl),
  ]);
}

/**
 * A campaign update, in the recipient's language: the title is the subject, the body is
 * parsed by the same parser as the web page (every piece of text escaped, links only
 * http(s)), then a link to the update's page and a footer saying why it came and how to stop it.
 */
export function newsEmail(
  locale: Locale,
  {
    title,
    body,
    pageUrl,
    unsubscribeUrl,
  }: { title: string; body: string; pageUrl: string; unsubscribeUrl: string },
): RenderedEmail {
  const t = translator(locale);
  const paragraphs: Paragraph[] = [
    { heading: true, segments: [{ kind: "text", text: title }] },
    ...parseNewsBody(body).map((segments) => ({ segments })),
    { segments: [{ kind: "link", text: t("newsReadOnline"), url: pageUrl }] },
  ];
  return layout(locale, title, paragraphs, [
    { segments: [{ kind: "text", text: t("newsFooter") }] },
    {
      segments: [
        { kind: "text", text: `${t("newsStop")} ` },
        { kind: "link", text: t("stopNewsLink"), url: unsubscribeUrl },
      ],
    },
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
    [{ segments: [{ kind: "text", text: t("organizerFooter") }] }],
  );
}
