import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WithdrawPanel } from "@/components/petition/withdraw-panel";
import layout from "@/components/ui/layout.module.css";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { inspectWithdrawToken, type WithdrawTokenState } from "@/lib/petition/withdraw";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/withdraw/[token]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "WithdrawPage" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function WithdrawPage({ params }: PageProps<"/[locale]/withdraw/[token]">) {
  await pageLocale(params);
  const { token } = await params;
  let tokenState: WithdrawTokenState | "unavailable";
  try {
    tokenState = await inspectWithdrawToken(db(), token);
  } catch (error) {
    if (!isDatabaseOutage(error)) throw reportBug("WithdrawPage", error);
    reportOutage("WithdrawPage", error);
    tokenState = "unavailable";
  }
  return (
    <div className={`${layout.page} ${layout.statusPage}`}>
      <ScopedMessages namespaces={["WithdrawPage"]}>
        <WithdrawPanel token={token} tokenState={tokenState} />
      </ScopedMessages>
    </div>
  );
}
