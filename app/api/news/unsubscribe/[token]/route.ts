// The address in every news email's List-Unsubscribe header (RFC 8058). Mail providers POST
// "List-Unsubscribe=One-Click" here, without cookies or an Origin, to stop news at once.
// Every token gets the same answer, so the address says nothing about who has signed.
import { routing, type Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { unsubscribePagePath } from "@/lib/news/email-links";
import { isOneClickBody, unsubscribeFromNews, unsubscribeLocale } from "@/lib/news/unsubscribe";

export const dynamic = "force-dynamic";

const PLAIN = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function POST(request: Request, { params }: RouteContext<"/api/news/unsubscribe/[token]">) {
  const { token } = await params;
  if (!isOneClickBody(await request.text())) {
    return new Response("Expected List-Unsubscribe=One-Click\n", { status: 400, headers: PLAIN });
  }
  try {
    await unsubscribeFromNews(db(), token);
  } catch (error) {
    if (!isDatabaseOutage(error)) throw reportBug("oneClickUnsubscribe", error);
    reportOutage("oneClickUnsubscribe", error);
    // Providers retry a one-click request that did not succeed.
    return new Response("Try again later\n", { status: 503, headers: { ...PLAIN, "Retry-After": "60" } });
  }
  return new Response("Unsubscribed\n", { status: 200, headers: PLAIN });
}

/**
 * A person who opens the address in a browser lands on the page with the button, in the
 * signer's language. A GET never unsubscribes: mail scanners fetch every link they see.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/news/unsubscribe/[token]">) {
  const { token } = await params;
  let locale: Locale = routing.defaultLocale;
  try {
    locale = await unsubscribeLocale(db(), token);
  } catch (error) {
    // The page works without the database until the button is pressed: go there in Spanish.
    if (!isDatabaseOutage(error)) throw reportBug("oneClickUnsubscribePage", error);
    reportOutage("oneClickUnsubscribePage", error);
  }
  const location = unsubscribePagePath(locale, token);
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
