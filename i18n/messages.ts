import type { Locale, Messages } from "next-intl";

/**
 * A language's messages, typed as the Spanish ones (global.d.ts). Loaded by path, because the
 * generated declaration types each file's words literally, and English words are not Spanish ones;
 * tests/unit/messages.test.ts keeps the two files key for key.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`../messages/${locale}.json`)).default;
}
