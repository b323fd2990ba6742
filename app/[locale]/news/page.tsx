import type { Metadata } from "next";
import { NewsList } from "@/components/news/news-list";
import { pageLocale } from "@/i18n/page-locale";
import { newsListMetadata } from "@/lib/news/metadata";
import { getPublishedNewsList } from "@/lib/news/published";

// Prerendered; publishing refreshes it at once (the news tag), the time limit covers the rest.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/news">): Promise<Metadata> {
  return newsListMetadata(await pageLocale(params));
}

export default async function NewsPage({ params }: PageProps<"/[locale]/news">) {
  await pageLocale(params);
  return <NewsList updates={await getPublishedNewsList()} />;
}
