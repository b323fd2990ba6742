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

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace] ?? {}]));
}
