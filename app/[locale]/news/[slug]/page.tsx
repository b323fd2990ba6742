import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsUpdatePage } from "@/components/news/news-update-page";
import { pageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { newsUpdateMetadata } from "@/lib/news/metadata";
import { getPublishedNews, getPublishedSlugs } from "@/lib/news/published";

// Prerendered for the updates published at build time, rendered on first request for the
// others, and refreshed at once when an organizer corrects one (the news tag).
export const revalidate = 300;

export async function generateStaticParams() {
  const slugs = await getPublishedSlugs();
  return routing.locales.flatMap((locale) => slugs.map(({ slug }) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/news/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const update = await getPublishedNews((await params).slug);
  return update ? newsUpdateMetadata(locale, update) : {};
}

export default async function NewsUpdateRoute({ params }: PageProps<"/[locale]/news/[slug]">) {
  await pageLocale(params);
  const update = await getPublishedNews((await params).slug);
  if (!update) notFound();
  return <NewsUpdatePage update={update} siteOrigin={new URL(siteUrl()).origin} />;
}
