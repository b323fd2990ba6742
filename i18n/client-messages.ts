import type { AbstractIntlMessages } from "next-intl";

/**
 * The namespaces client components read. Only these travel to the browser inside every
 * page; long texts (FAQ, privacy notice, press brief) are rendered on the server only.
 */
const CLIENT_NAMESPACES = [
  "LanguageSwitch",
  "SiteHeader",
  "SignCta",
  "PetitionForm",
  "ConfirmPage",
  "WithdrawPage",
] as const;

/** The namespaces the organizer pages' client components read, sent on those pages only. */
export const ORGANIZER_CLIENT_NAMESPACES = [
  "OrganizerSignIn",
  "OrganizerSettings",
  "OrganizerAbuse",
  "OrganizerError",
  "OrganizerSigners",
  "OrganizerNews",
] as const;

export function clientMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[] = CLIENT_NAMESPACES,
): AbstractIntlMessages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace] ?? {}]));
}
