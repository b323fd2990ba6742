import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NewsList } from "@/components/news/news-list";
import type { Locale } from "@/i18n/routing";
import { newsListMetadata } from "@/lib/news/metadata";
import { getPublishedNewsList } from "@/lib/news/published";

// Prerendered; publishing refreshes it at once (the news tag), the time limit covers the rest.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/news">): Promise<Metadata> {
  return newsListMetadata((await params).locale as Locale);
}

export default async function NewsPage({ params }: PageProps<"/[locale]/news">) {
  setRequestLocale((await params).locale as Locale);
  return <NewsList updates={await getPublishedNewsList()} />;
}
