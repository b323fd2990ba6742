import type { Metadata } from "next";
import { SignersList } from "@/components/signers/signers-list";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getPublicListPage } from "@/lib/signers/cached-public-list";
import { PUBLIC_LIST_ROBOTS } from "@/lib/signers/robots";
import { getPublicStats } from "@/lib/stats/public-stats";

// Prerendered like the count, refreshed when the signature-counts tag is revalidated (a
// name confirmed, withdrawn, set aside or hidden) and at least every minute.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/signers">): Promise<Metadata> {
  return {
    ...(await pageMetadata(await pageLocale(params), "/signers", "SignersPage")),
    robots: PUBLIC_LIST_ROBOTS,
  };
}

export default async function SignersPage({ params }: PageProps<"/[locale]/signers">) {
  await pageLocale(params);
  const [list, stats] = await Promise.all([getPublicListPage(1), getPublicStats()]);
  return <SignersList page={1} list={list} confirmed={stats?.total ?? null} />;
}
