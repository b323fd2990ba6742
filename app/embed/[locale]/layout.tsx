import "@fontsource-variable/public-sans";
import "../../[locale]/globals.css";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { routing } from "@/i18n/routing";
import styles from "./layout.module.css";

// The embeddable counter has its own bare document: no header, footer or navigation,
// because it lives inside an allied site's iframe.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const dynamicParams = false;

export default async function EmbedLayout({ children, params }: LayoutProps<"/embed/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className={styles.body}>{children as ReactNode}</body>
    </html>
  );
}
