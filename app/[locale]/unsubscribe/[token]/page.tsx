import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScopedMessages } from "@/components/i18n/scoped-messages";
import { UnsubscribePanel } from "@/components/unsubscribe/unsubscribe-panel";
import layout from "@/components/ui/layout.module.css";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/unsubscribe/[token]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "UnsubscribePage" });
  // The address holds a private link: kept out of search engines and other sites' logs.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * Reads nothing from the database: the same page for every link, so it reveals nothing
 * about who signed, and it opens even while the database is away.
 */
export default async function UnsubscribePage({ params }: PageProps<"/[locale]/unsubscribe/[token]">) {
  await pageLocale(params);
  const { token } = await params;
  return (
    <div className={`${layout.page} ${layout.statusPage}`}>
      <ScopedMessages namespaces={["UnsubscribePage"]}>
        <UnsubscribePanel token={token} />
      </ScopedMessages>
    </div>
  );
}
