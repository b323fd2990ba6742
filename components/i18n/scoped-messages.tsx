import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages } from "@/i18n/client-messages";

interface ScopedMessagesProps {
  /** The namespaces the client components inside read. */
  namespaces: readonly string[];
  children: ReactNode;
}

/**
 * Gives the client components inside only these namespaces of the page's language, so each
 * page sends the browser the words of its own form and not those of every other form. Inside,
 * they replace the messages of any provider above.
 */
export async function ScopedMessages({ namespaces, children }: ScopedMessagesProps) {
  const messages = clientMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
