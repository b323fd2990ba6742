import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LiveSignatureCounter } from "@/components/campaign/live-signature-counter";
import { PetitionForm } from "@/components/petition/petition-form";
import type { Locale } from "@/i18n/routing";
import { countryOptions } from "@/lib/geo/countries";
import { MEXICAN_STATES } from "@/lib/geo/mexican-states";
import { localeAlternates } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "SignPage" });
  return { title: t("title"), description: t("description"), alternates: localeAlternates(locale, "/sign") };
}

// Prerendered; the count comes from a cache refreshed by tag or every minute.
export const revalidate = 60;

export default async function SignPage({ params }: PageProps<"/[locale]/sign">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SignPage" });
  const states = MEXICAN_STATES.map((state) => ({ code: state.code, name: state[locale] }));

  return (
    <div className="container sign-page">
      <div className="sign-page__intro">
        <h1>{t("heading")}</h1>
        <p className="lead">{t("lead")}</p>
        <LiveSignatureCounter headingLevel={2} />
      </div>
      <PetitionForm locale={locale} states={states} countries={countryOptions(locale)} />
    </div>
  );
}
