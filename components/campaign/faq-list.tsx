import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link } from "@/i18n/navigation";
import type { CampaignSettings } from "@/lib/settings/schema";
import styles from "./faq-list.module.css";
import { SupportLinks } from "./support-links";

const QUESTIONS = [
  "what",
  "whom",
  "change",
  "notMember",
  "olimpia",
  "who",
  "count",
  "data",
  "publicName",
  "emails",
  "withdraw",
  "figures",
] as const;

/** Short answers to the questions people ask most; each answer is a heading away. */
export function FaqList({ supportLinks }: { supportLinks: CampaignSettings["supportLinks"] }) {
  const t = useTranslations("FaqPage");
  return (
    <div className={layout.page}>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("lead")}</p>
      {QUESTIONS.map((id) => (
        <section key={id} aria-labelledby={`faq-${id}`} className={styles.item}>
          <h2 id={`faq-${id}`}>{t(`questions.${id}.question`)}</h2>
          <p>
            {t.rich(`questions.${id}.answer`, {
              privacy: (chunks) => <Link href="/privacy">{chunks}</Link>,
              press: (chunks) => <Link href={{ pathname: "/press", hash: "open-data" }}>{chunks}</Link>,
              convention: (chunks) => <Link href="/convention">{chunks}</Link>,
              signers: (chunks) => <Link href="/signers">{chunks}</Link>,
              news: (chunks) => <Link href="/news">{chunks}</Link>,
            })}
          </p>
        </section>
      ))}
      <SupportLinks links={supportLinks} />
      <p>
        <Link href="/sign" className={buttonClass()}>
          {t("signCta")}
        </Link>
      </p>
    </div>
  );
}
