import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale negotiation: `/` goes to the visitor's remembered or preferred language
// (Spanish when unsure), and unprefixed paths get a locale prefix.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, the embeddable counter (its locale is in its path),
  // Next internals and files with an extension.
  matcher: "/((?!api|embed|_next|_vercel|.*\\..*).*)",
};
