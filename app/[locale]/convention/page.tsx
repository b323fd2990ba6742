import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { ConventionContent } from "@/components/campaign/convention-content";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";

// The footer shows organizer settings; refresh with them.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/convention">): Promise<Metadata> {
  return pageMetadata((await params).locale as Locale, "/convention", "ConventionPage");
}

export default async function ConventionPage({ params }: PageProps<"/[locale]/convention">) {
  setRequestLocale((await params).locale as Locale);
  return <ConventionContent />;
}
