import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { UnsubscribePanel } from "@/components/unsubscribe/unsubscribe-panel";
import layout from "@/components/ui/layout.module.css";
import { clientMessages } from "@/i18n/client-messages";
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
  // Only this page's words travel to the browser, not with every other page.
  const messages = clientMessages(await getMessages(), ["UnsubscribePage"]);
  return (
    <div className={`${layout.page} ${layout.statusPage}`}>
      <NextIntlClientProvider messages={messages}>
        <UnsubscribePanel token={token} />
      </NextIntlClientProvider>
    </div>
  );
}
