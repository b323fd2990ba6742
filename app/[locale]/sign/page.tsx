import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LiveSignatureCounter } from "@/components/campaign/live-signature-counter";
import { PetitionDates } from "@/components/campaign/petition-dates";
import { PetitionForm } from "@/components/petition/petition-form";
import { petitionFormLinks } from "@/components/petition/petition-form-links";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { pageLocale } from "@/i18n/page-locale";
import { countryOptions } from "@/lib/geo/countries";
import { MEXICAN_STATES } from "@/lib/geo/mexican-states";
import { shareMetadata } from "@/lib/seo/page-metadata";
import { getCampaignSettings } from "@/lib/settings/campaign-settings";
import { petitionPhase } from "@/lib/settings/schema";
import styles from "./page.module.css";
import { ScopedMessages } from "@/components/i18n/scoped-messages";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SignPage" });
  return shareMetadata(locale, "/sign", { title: t("title"), description: t("description") });
}

// Prerendered; the count comes from a cache refreshed by tag or every minute.
export const revalidate = 60;

export default async function SignPage({ params }: PageProps<"/[locale]/sign">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("SignPage");
  const states = MEXICAN_STATES.map((state) => ({ code: state.code, name: state[locale] }));
  const { opensAt, closesAt } = await getCampaignSettings();
  // The page is re-rendered when settings change and every minute; the action checks the
  // dates again on every submission, so a stale page cannot let a signature through.
  const now = new Date();
  const phase = petitionPhase({ opensAt, closesAt }, now);

  return (
    <div className={`${layout.container} ${styles.page}`}>
      <div>
        <h1>{t("heading")}</h1>
        <p className={text.lead}>{t("lead")}</p>
        <LiveSignatureCounter headingLevel={2} />
      </div>
      {phase === "open" ? (
        <ScopedMessages namespaces={["PetitionForm"]}>
          <PetitionForm
            states={states}
            countries={countryOptions(locale)}
            links={await petitionFormLinks()}
          />
        </ScopedMessages>
      ) : (
        <section className={styles.closed} aria-labelledby="petition-closed-title">
          <h2 id="petition-closed-title">{t(phase === "closed" ? "closedHeading" : "notOpenHeading")}</h2>
          <PetitionDates opensAt={opensAt} closesAt={closesAt} now={now} />
          <p>{t(phase === "closed" ? "closedBody" : "notOpenBody")}</p>
        </section>
      )}
    </div>
  );
}
