import { CAMPAIGN_TIME_ZONE } from "@/lib/campaign-time";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { formats } from "./format";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates are shown in Mexico City time on the server and in browsers alike.
    timeZone: CAMPAIGN_TIME_ZONE,
    formats,
    messages: await loadMessages(locale),
  };
});
