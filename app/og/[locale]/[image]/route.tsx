import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { renderShareImage } from "@/components/campaign/share-image";
import { routing } from "@/i18n/routing";
import { imageFileStem, isSharedPage, SHARED_PAGES } from "@/lib/seo/share-image";

// Prerendered at build, then refreshed with the count at most every minute, like the pages.
export const revalidate = 60;
// Only the pages' own images exist: anything else is a 404 without rendering.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => SHARED_PAGES.map((page) => ({ locale, image: `${page}.png` })));
}

/** A page's share image: /og/es/convention.png. */
export async function GET(_request: Request, { params }: RouteContext<"/og/[locale]/[image]">) {
  const { locale, image } = await params;
  const page = imageFileStem(image);
  if (!hasLocale(routing.locales, locale) || page === null || !isSharedPage(page)) {
    return new Response(null, { status: 404 });
  }
  const t = await getTranslations({ locale, namespace: "ShareImage" });
  return renderShareImage(locale, t(`titles.${page}`));
}
