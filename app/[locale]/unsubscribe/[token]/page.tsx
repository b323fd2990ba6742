import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { UnsubscribePanel } from "@/components/unsubscribe/unsubscribe-panel";
import { clientMessages } from "@/i18n/client-messages";
import type { Locale } from "@/i18n/routing";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/unsubscribe/[token]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "UnsubscribePage" });
  // The address holds a private link: kept out of search engines and other sites' logs.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * Reads nothing from the database: the same page for every link, so it reveals nothing
 * about who signed, and it opens even while the database is away.
 */
export default async function UnsubscribePage({ params }: PageProps<"/[locale]/unsubscribe/[token]">) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  // Only this page's words travel to the browser, not with every other page.
  const messages = clientMessages(await getMessages(), ["UnsubscribePage"]);
  return (
    <div className="container prose status-page">
      <NextIntlClientProvider messages={messages}>
        <UnsubscribePanel token={token} />
      </NextIntlClientProvider>
    </div>
  );
}
