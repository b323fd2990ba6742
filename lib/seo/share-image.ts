import type { Locale, StaticPathname } from "@/i18n/routing";

/**
 * The share preview's size: 1.91:1 at 1200 × 630, the size Facebook, WhatsApp and Telegram
 * ask for and that X shows uncropped as a large summary card. The PNG stays well under
 * WhatsApp's 300 KB, above which it shows no preview.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The pages with a share image of their own; the key names the image file and its title in "ShareImage.titles". */
export const SHARE_IMAGE_PAGES = {
  home: "/",
  sign: "/sign",
  petition: "/petition",
  convention: "/convention",
  campaign: "/campaign",
  press: "/press",
  "fact-sheet": "/press/fact-sheet",
  faq: "/faq",
  privacy: "/privacy",
  news: "/news",
  signers: "/signers",
} as const satisfies Record<string, StaticPathname>;

export type SharedPage = keyof typeof SHARE_IMAGE_PAGES;

export const SHARED_PAGES = Object.keys(SHARE_IMAGE_PAGES) as SharedPage[];

export function isSharedPage(value: string): value is SharedPage {
  return Object.hasOwn(SHARE_IMAGE_PAGES, value);
}

/** The page whose share image a path uses; pages without one of their own share the home page's. */
export function sharedPageOf(href: StaticPathname): SharedPage {
  return SHARED_PAGES.find((page) => SHARE_IMAGE_PAGES[page] === href) ?? "home";
}

/**
 * Where a page's share image is served, from this site: /og/es/convention.png. The extension
 * keeps the path out of the locale proxy; the route is app/og/[locale]/[image]/route.tsx.
 */
export function shareImagePath(locale: Locale, page: SharedPage): string {
  return `/og/${locale}/${page}.png`;
}

/** The share image of a published news update: /og/es/news/<slug>.png. */
export function newsShareImagePath(locale: Locale, slug: string): string {
  return `/og/${locale}/news/${slug}.png`;
}

/** The slug or page key in an image file name ("convention.png" → "convention"), or null. */
export function imageFileStem(fileName: string): string | null {
  return fileName.endsWith(".png") ? fileName.slice(0, -".png".length) : null;
}
