import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmPanel } from "@/components/petition/confirm-panel";
import { ShareRow } from "@/components/petition/share-row";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { inspectConfirmToken, type ConfirmTokenState } from "@/lib/petition/confirm";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/confirm/[token]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "ConfirmPage" });
  // The URL holds a private token: keep it out of search engines and referrers.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

// Opening the link only shows a button: mail scanners that fetch links confirm nothing.
export default async function ConfirmPage({ params }: PageProps<"/[locale]/confirm/[token]">) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  let tokenState: ConfirmTokenState | "unavailable";
  try {
    tokenState = await inspectConfirmToken(db(), token);
  } catch {
    tokenState = "unavailable";
  }
  return (
    <div className="container prose status-page">
      <ConfirmPanel locale={locale} token={token} tokenState={tokenState} share={<ShareRow />} />
    </div>
  );
}
