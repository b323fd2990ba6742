import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import { Link } from "@/i18n/navigation";
import type { PublishedNews } from "@/lib/news/published";
import { NewsArticle } from "./news-article";
import { NewsDates } from "./news-dates";
import styles from "./news.module.css";

/** One update's page: back to the list, the update, and the petition. */
export function NewsUpdatePage({ update, siteOrigin }: { update: PublishedNews; siteOrigin: string }) {
  const t = useTranslations("NewsPage");
  const locale = useLocale();
  return (
    <div className={layout.page}>
      <p className={styles.back}>
        <Link href="/news">{t("backToList")}</Link>
      </p>
      <NewsArticle
        title={update.title[locale]}
        body={update.body[locale]}
        siteOrigin={siteOrigin}
        meta={<NewsDates publishedAt={update.publishedAt} updatedAt={update.updatedAt} />}
      />
      <p>{t("signLead")}</p>
      <p>
        <Link href="/sign" className={buttonClass()}>
          {t("signCta")}
        </Link>
      </p>
    </div>
  );
}
