import "./globals.css";
import "./font-fallback.css";
import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { StickySignCta } from "@/components/layout/sticky-sign-cta";
import { clientMessages } from "@/i18n/client-messages";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";

// Public Sans, self-hosted and preloaded. Until it arrives the text shows in a local face
// scaled to its metrics (font-fallback.css), so swapping fonts moves nothing. Only the Latin
// subset: Spanish and English need nothing else; the rare other letter in a signer's name
// shows in that fallback.
const publicSans = localFont({
  src: "../../node_modules/@fontsource-variable/public-sans/files/public-sans-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  // next/font's own fallback is Arial alone, absent on Linux and Android.
  adjustFontFallback: false,
  fallback: ["Public Sans Fallback", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
  // The variable globals.css builds its font stack from, so every rule using it follows.
  variable: "--font-sans",
});

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: "metadata",
  });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
  };
}

export const viewport: Viewport = {
  themeColor: "#5b2a86",
  width: "device-width",
  initialScale: 1,
};

export default async function LocaleLayout({
  children,
  params,
}: LayoutProps<"/[locale]"> & { children: ReactNode }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = clientMessages(await getMessages());

  return (
    <html lang={locale}>
      <body className={`${publicSans.variable} ${publicSans.className}`}>
        <NextIntlClientProvider messages={messages}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
          <StickySignCta />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
