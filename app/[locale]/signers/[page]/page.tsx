import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SignersList } from "@/components/signers/signers-list";
import { campaignFormatter } from "@/i18n/format";
import { redirect } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { shareImages } from "@/lib/seo/page-metadata";
import { shareImagePath } from "@/lib/seo/share-image";
import { getPublicListPage } from "@/lib/signers/cached-public-list";
import { signersPageHref } from "@/lib/signers/page-href";
import { parseLaterPage } from "@/lib/signers/pages";
import { PUBLIC_LIST_ROBOTS } from "@/lib/signers/robots";
import { getPublicStats } from "@/lib/stats/public-stats";

// Later pages are rendered on their first visit, then cached and refreshed like page 1.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/signers/[page]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const page = parseLaterPage((await params).page);
  if (typeof page !== "number") return { robots: PUBLIC_LIST_ROBOTS };
  const t = await getTranslations({ locale, namespace: "SignersPage" });
  const urlIn = (target: Locale) => siteUrl() + signersPageHref(target, page);
  const title = t("titleOfPage", { page: campaignFormatter(locale).number(page) });
  const share = await getTranslations({ locale, namespace: "ShareImage" });
  const images = await shareImages(locale, shareImagePath(locale, "signers"), share("titles.signers"));
  return {
    title,
    description: t("metaDescription"),
    alternates: {
      canonical: urlIn(locale),
      languages: Object.fromEntries(routing.locales.map((target) => [target, urlIn(target)])),
    },
    openGraph: { title, url: urlIn(locale), images: images.openGraph },
    twitter: { card: "summary_large_image", title, images: images.twitter },
    robots: PUBLIC_LIST_ROBOTS,
  };
}

export default async function SignersLaterPage({ params }: PageProps<"/[locale]/signers/[page]">) {
  const locale = await pageLocale(params);
  const page = parseLaterPage((await params).page);
  if (page === "first") return redirect({ href: "/signers", locale });
  if (page === null) notFound();

  const [list, stats] = await Promise.all([getPublicListPage(page), getPublicStats()]);
  // Past the last page (the list may have shrunk since a link was made): no such page.
  if (list && page > list.pages) notFound();
  return <SignersList page={page} list={list} confirmed={stats?.total ?? null} />;
}
