import { hasLocale } from "next-intl";
import { renderShareImage } from "@/components/campaign/share-image";
import { routing } from "@/i18n/routing";
import { getPublishedNews } from "@/lib/news/published";
import { imageFileStem } from "@/lib/seo/share-image";

// Drawn on each request, never kept in Next's cache: a cached route keeps whatever it
// answered, 404s included, so made-up slugs could fill the cache. Unknown slugs cost one
// lookup in the cached list of published slugs; browsers and link previewers keep the image
// for five minutes.
export const dynamic = "force-dynamic";
const CACHE_CONTROL = "public, max-age=300";

/** A published update's share image, with its title in the language asked for: /og/es/news/<slug>.png. */
export async function GET(_request: Request, { params }: RouteContext<"/og/[locale]/news/[image]">) {
  const { locale, image } = await params;
  const slug = imageFileStem(image);
  if (!hasLocale(routing.locales, locale) || slug === null) return new Response(null, { status: 404 });
  const update = await getPublishedNews(slug);
  if (!update) return new Response(null, { status: 404 });
  const response = await renderShareImage(locale, update.title[locale]);
  response.headers.set("Cache-Control", CACHE_CONTROL);
  return response;
}
