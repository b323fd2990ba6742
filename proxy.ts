import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { REFERRAL_COOKIE, referralFrom } from "./lib/petition/referral";

const negotiateLocale = createMiddleware(routing);

// Locale negotiation: `/` goes to the visitor's remembered or preferred language
// (Spanish when unsure), and unprefixed paths get a locale prefix.
// It also remembers where a visitor came from (?utm_source= or ?ref=) for a week, so the
// signature can record it although the form's page is prerendered.
export default function proxy(request: NextRequest) {
  const response = negotiateLocale(request);
  const referral = referralFrom(request.nextUrl.searchParams);
  if (referral) {
    response.cookies.set(REFERRAL_COOKIE, referral, {
      maxAge: 60 * 60 * 24 * 7,
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      path: "/",
    });
  }
  return response;
}

export const config = {
  matcher: [
    // Everything except API routes, the embeddable counter (its locale is in its path),
    // Next internals and files with an extension.
    "/((?!api|embed|_next|_vercel|.*\\..*).*)",
    // ...but the news feeds have an extension and a localized path: /es/novedades/feed.xml
    // is rewritten to the handler at app/[locale]/news/feed.xml. (A literal: Next reads
    // the matcher without running this file.)
    "/(es|en)/(novedades|news)/feed.xml",
  ],
};
