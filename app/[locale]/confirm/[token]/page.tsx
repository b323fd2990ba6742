import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmPanel } from "@/components/petition/confirm-panel";
import { ShareRow } from "@/components/petition/share-row";
import layout from "@/components/ui/layout.module.css";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { placeNamer } from "@/lib/signers/place";
import {
  inspectConfirmToken,
  pendingSignatureSummary,
  type ConfirmTokenState,
  type PendingSignatureSummary,
} from "@/lib/petition/confirm";
import { currentPetitionPhase } from "@/lib/petition/petition-window";
import { currentPrivacyNotice } from "@/lib/consent/current-notice";
import { shortVersion } from "@/lib/consent/privacy-notice";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/confirm/[token]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ConfirmPage" });
  // The URL holds a private token: keep it out of search engines and referrers.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

// Opening the link only shows a button: mail scanners that fetch links confirm nothing.
export default async function ConfirmPage({ params }: PageProps<"/[locale]/confirm/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  let tokenState: ConfirmTokenState | "unavailable";
  let summary: PendingSignatureSummary | null = null;
  try {
    tokenState = await inspectConfirmToken(db(), token);
    if (tokenState === "pending") summary = await pendingSignatureSummary(db(), token);
  } catch (error) {
    if (!isDatabaseOutage(error)) throw reportBug("ConfirmPage", error);
    reportOutage("ConfirmPage", error);
    tokenState = "unavailable";
  }
  const phase = await currentPetitionPhase();
  // The notice the confirmation records is the one in force in this page's language.
  const noticeVersion = shortVersion((await currentPrivacyNotice(locale)).version);
  const place = summary ? placeNamer(locale)(summary) : undefined;
  return (
    <div className={`${layout.page} ${layout.statusPage}`}>
      <ScopedMessages namespaces={["ConfirmPage"]}>
        <ConfirmPanel
          token={token}
          tokenState={tokenState}
          phase={phase}
          noticeVersion={noticeVersion}
          summary={summary && place ? { ...summary, place } : undefined}
          share={<ShareRow />}
        />
      </ScopedMessages>
    </div>
  );
}
