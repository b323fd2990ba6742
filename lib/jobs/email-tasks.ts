// The email jobs. Each one reads the signature afresh (it may have been confirmed or
// withdrawn since the job was queued), derives its links from APP_SECRET, and sends with
// an idempotency key so a retry after a timeout never delivers twice.
import type { Task, TaskList } from "graphile-worker";
import { asLocale } from "@/i18n/locale-of";
import type { Locale } from "@/i18n/routing";
import type { Database } from "@/lib/db";
import {
  alreadySignedEmail,
  confirmationEmail,
  confirmationReminderEmail,
  organizerSignInEmail,
} from "@/lib/email/templates";
import type { Mailer } from "@/lib/email/mailer";
import { unsubscribePageUrl } from "@/lib/news/email-links";
import { ensureUnsubscribeToken } from "@/lib/news/unsubscribe";
import { CONFIRMATION_TTL_HOURS } from "@/lib/petition/confirmation-window";
import { tokenLink } from "@/lib/petition/links";
import { deriveToken } from "@/lib/security/tokens";
import { SIGN_IN_LINK_TTL_MINUTES } from "@/lib/organizers/sign-in-window";
import {
  SEND_ALREADY_SIGNED,
  SEND_CONFIRMATION,
  SEND_CONFIRMATION_REMINDER,
  SEND_ORGANIZER_LINK,
  type OrganizerLinkJobPayload,
  type SignatureJobPayload,
} from "./names";

export interface EmailTaskContext {
  db: Database;
  mailer: Mailer;
  secret: string;
  siteUrl: string;
}

function signatureIdOf(payload: unknown): string {
  const id = (payload as Partial<SignatureJobPayload> | null)?.signatureId;
  if (typeof id !== "string") throw new Error("Job payload has no signatureId");
  return id;
}

async function loadSignature(db: Database, id: string) {
  return db.signature.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      locale: true,
      status: true,
      confirmTokenIssuedAt: true,
      wantsUpdates: true,
    },
  });
}

export function emailTasks({ db, mailer, secret, siteUrl }: EmailTaskContext): TaskList {
  type Signature = NonNullable<Awaited<ReturnType<typeof loadSignature>>>;
  const links = async (locale: Locale, signature: Signature) => ({
    confirmUrl: signature.confirmTokenIssuedAt
      ? tokenLink(
          siteUrl,
          locale,
          "/confirm/[token]",
          deriveToken(secret, "confirm", signature.id, signature.confirmTokenIssuedAt),
        )
      : undefined,
    withdrawUrl: tokenLink(
      siteUrl,
      locale,
      "/withdraw/[token]",
      deriveToken(secret, "withdraw", signature.id),
    ),
    // Whoever asked for news learns in every email how to stop it.
    unsubscribeUrl: signature.wantsUpdates
      ? unsubscribePageUrl(siteUrl, locale, await ensureUnsubscribeToken(db, secret, signature.id))
      : undefined,
  });

  /** The first link, or the one renewed after it expired: both carry a fresh token. */
  const sendConfirmation: Task = async (payload) => {
    const signature = await loadSignature(db, signatureIdOf(payload));
    if (!signature || signature.status !== "PENDING" || !signature.email || !signature.confirmTokenIssuedAt)
      return;
    const locale = asLocale(signature.locale);
    const { confirmUrl, ...rest } = await links(locale, signature);
    const email = confirmationEmail(locale, {
      confirmUrl: confirmUrl!,
      ...rest,
      expiresInHours: CONFIRMATION_TTL_HOURS,
    });
    await mailer.send({
      to: signature.email,
      ...email,
      idempotencyKey: `confirm:${signature.id}:${signature.confirmTokenIssuedAt.getTime()}`,
    });
  };

  /** The one reminder (lib/jobs/reminders.ts renewed the link when it queued this job). */
  const sendConfirmationReminder: Task = async (payload) => {
    const signature = await loadSignature(db, signatureIdOf(payload));
    if (!signature || signature.status !== "PENDING" || !signature.email || !signature.confirmTokenIssuedAt)
      return;
    const locale = asLocale(signature.locale);
    const { confirmUrl, ...rest } = await links(locale, signature);
    const email = confirmationReminderEmail(locale, {
      confirmUrl: confirmUrl!,
      ...rest,
      expiresInHours: CONFIRMATION_TTL_HOURS,
    });
    await mailer.send({ to: signature.email, ...email, idempotencyKey: `reminder:${signature.id}` });
  };

  const sendAlreadySigned: Task = async (payload, helpers) => {
    const signature = await loadSignature(db, signatureIdOf(payload));
    if (!signature || signature.status === "WITHDRAWN" || !signature.email) return;
    // Written in the language of the form just used, which may differ from the first one.
    const locale = asLocale((payload as SignatureJobPayload).locale ?? signature.locale);
    const email = alreadySignedEmail(locale, {
      confirmed: signature.status === "CONFIRMED",
      ...(await links(locale, signature)),
    });
    await mailer.send({ to: signature.email, ...email, idempotencyKey: `already-signed:${helpers.job.id}` });
  };

  const sendOrganizerLink: Task = async (payload) => {
    const { loginId, locale } = (payload ?? {}) as Partial<OrganizerLinkJobPayload>;
    if (typeof loginId !== "string") throw new Error("Job payload has no loginId");
    const login = await db.organizerLogin.findUnique({ where: { id: loginId } });
    // A link that was used or has expired while the job waited is not worth sending.
    if (!login || login.usedAt || login.expiresAt <= new Date()) return;
    const token = deriveToken(secret, "organizer-sign-in", login.id, login.createdAt);
    const email = organizerSignInEmail(asLocale(locale), {
      signInUrl: tokenLink(siteUrl, asLocale(locale), "/organizers/sign-in/[token]", token),
      expiresInMinutes: SIGN_IN_LINK_TTL_MINUTES,
    });
    await mailer.send({ to: login.email, ...email, idempotencyKey: `organizer-link:${login.id}` });
  };

  return {
    [SEND_CONFIRMATION]: sendConfirmation,
    [SEND_CONFIRMATION_REMINDER]: sendConfirmationReminder,
    [SEND_ALREADY_SIGNED]: sendAlreadySigned,
    [SEND_ORGANIZER_LINK]: sendOrganizerLink,
  };
}
