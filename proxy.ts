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
    // Next internals and files with an extension...
    {
      source: "/((?!api|embed|_next|_vercel|.*\\..*).*)",
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    // ...and, for posted forms (literals, like everything here: Next reads the matcher
    // without running this file), everything but the petition form itself. Its posts carry
    // their locale in the path and the referral cookie was set when the page was read, so
    // the proxy has nothing to do for them, and skipping it takes about 2 ms of CPU off each
    // signature (a fifth of the server's work; docs/benchmarks.md). next.config.ts rewrites
    // them to the page in its place. The paths are routing's "/sign" (tests/unit/sign-post-routing.test.ts).
    {
      source: "/((?!api|embed|_next|_vercel|es/firmar$|en/sign$|.*\\..*).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    // ...but the news feeds have an extension and a localized path: /es/novedades/feed.xml
    // is rewritten to the handler at app/[locale]/news/feed.xml. (A literal: Next reads
    // the matcher without running this file.)
    "/(es|en)/(novedades|news)/feed.xml",
  ],
};
