import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WithdrawPanel } from "@/components/petition/withdraw-panel";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { inspectWithdrawToken, type WithdrawTokenState } from "@/lib/petition/withdraw";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/withdraw/[token]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "WithdrawPage" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function WithdrawPage({ params }: PageProps<"/[locale]/withdraw/[token]">) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  let tokenState: WithdrawTokenState | "unavailable";
  try {
    tokenState = await inspectWithdrawToken(db(), token);
  } catch (error) {
    if (!isDatabaseOutage(error)) throw reportBug("WithdrawPage", error);
    reportOutage("WithdrawPage", error);
    tokenState = "unavailable";
  }
  return (
    <div className="container prose status-page">
      <WithdrawPanel token={token} tokenState={tokenState} />
    </div>
  );
}
