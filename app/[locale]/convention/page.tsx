import type { Metadata } from "next";
import { ConventionContent } from "@/components/campaign/convention-content";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/page-metadata";

// The footer shows organizer settings; refresh with them.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/convention">): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/convention", "ConventionPage");
}

export default async function ConventionPage({ params }: PageProps<"/[locale]/convention">) {
  await pageLocale(params);
  return <ConventionContent />;
}
