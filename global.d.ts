import type { formats } from "@/i18n/format";
import type { routing } from "@/i18n/routing";
import type messages from "./messages/es.json";

// next-intl's typed setup: `useLocale()` returns `Locale`, and every message key is checked.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
