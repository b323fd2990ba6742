import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ShareRow } from "@/components/petition/share-row";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign/thanks">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "ThanksPage" });
  return { title: t("title"), robots: { index: false } };
}

// Static, so that the redirect after signing costs nothing under load.
export default async function ThanksPage({ params }: PageProps<"/[locale]/sign/thanks">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("ThanksPage");
  return (
    <div className="container prose status-page">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("body")}</p>
      <p>
        {t("notReceived")} <Link href="/sign">{t("signAgain")}</Link>
      </p>
      <h2>{t("shareHeading")}</h2>
      <ShareRow />
    </div>
  );
}
