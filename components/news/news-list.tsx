import { useLocale, useTranslations } from "next-intl";
import box from "@/components/ui/box.module.css";
import { buttonClass } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import { Link, localizedPath } from "@/i18n/navigation";
import type { NewsSummary } from "@/lib/news/published";
import { formatNewsDate } from "./news-date";
import styles from "./news.module.css";

/** The news page: the published updates, newest first. */
export function NewsList({ updates }: { updates: NewsSummary[] }) {
  const t = useTranslations("NewsPage");
  const locale = useLocale();
  return (
    <div className={layout.page}>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("lead")}</p>
      {/* A plain link: the feed is a file for feed readers, not a page to navigate to. */}
      <p className={styles.feedLink}>
        <a href={localizedPath(locale, "/news/feed.xml")} type="application/atom+xml">
          {t("feedLink")}
        </a>
      </p>
      {updates.length === 0 ? (
        <p className={box.notice}>{t("empty")}</p>
      ) : (
        <ol className={styles.list}>
          {updates.map((update) => (
            <li key={update.id} className={styles.item}>
              <h2 className={styles.itemTitle}>
                <Link href={{ pathname: "/news/[slug]", params: { slug: update.slug } }}>
                  {update.title[locale]}
                </Link>
              </h2>
              <p className={styles.meta}>
                <time dateTime={update.publishedAt}>{formatNewsDate(update.publishedAt, locale)}</time>
              </p>
              <p className={styles.excerpt}>{update.excerpt[locale]}</p>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link href="/sign" className={buttonClass()}>
          {t("signCta")}
        </Link>
      </p>
    </div>
  );
}
