import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ShareRow } from "@/components/petition/share-row";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign/thanks">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ThanksPage" });
  return { title: t("title"), robots: { index: false } };
}

// Static, so that the redirect after signing costs nothing under load.
export default async function ThanksPage({ params }: PageProps<"/[locale]/sign/thanks">) {
  await pageLocale(params);
  const t = await getTranslations("ThanksPage");
  return (
    <div className={`${layout.page} ${layout.statusPage}`}>
      <h1>{t("heading")}</h1>
      <p className={text.lead}>{t("body")}</p>
      <p>
        {t("notReceived")} <Link href="/sign">{t("signAgain")}</Link>
      </p>
      <h2>{t("shareHeading")}</h2>
      <ShareRow />
    </div>
  );
}
