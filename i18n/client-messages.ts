import type { AbstractIntlMessages } from "next-intl";

/**
 * The namespaces the site's layout reads in the browser (header, language switch, the sticky
 * sign button): they travel with every page. A page's own form gets its words from
 * ScopedMessages (components/i18n/scoped-messages.tsx) on that page only, and long texts
 * (FAQ, privacy notice, press brief) are rendered on the server only.
 */
const CLIENT_NAMESPACES = ["LanguageSwitch", "SiteHeader", "SignCta"] as const;

/** What the organizer area's error page reads in the browser, on every organizer page. */
export const ORGANIZER_CLIENT_NAMESPACES = ["OrganizerError"] as const;

export function clientMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[] = CLIENT_NAMESPACES,
): AbstractIntlMessages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace] ?? {}]));
}
