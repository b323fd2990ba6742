import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import styles from "@/components/organizers/organizers.module.css";
import layout from "@/components/ui/layout.module.css";
import { clientMessages, ORGANIZER_CLIENT_NAMESPACES } from "@/i18n/client-messages";

// Private pages: never indexed, and their addresses never leak through the Referer header.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "same-origin" };

export default async function OrganizersLayout({ children }: { children: ReactNode }) {
  // The error page's words, on organizer pages only; each page's form brings its own
  // (ScopedMessages).
  const messages = clientMessages(await getMessages(), ORGANIZER_CLIENT_NAMESPACES);
  return (
    <NextIntlClientProvider messages={messages}>
      <div className={`${layout.container} ${styles.area}`}>{children}</div>
    </NextIntlClientProvider>
  );
}
