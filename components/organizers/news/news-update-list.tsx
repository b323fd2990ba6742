import { getLocale, getTranslations } from "next-intl/server";
import { formatNewsDate } from "@/components/news/news-date";
import { Link } from "@/i18n/navigation";
import table from "@/components/ui/table.module.css";
import type { OrganizerNewsRow } from "@/lib/news/content";
import type { NewsDeliveryProgress } from "@/lib/news/delivery";
import { DeliverySummary } from "./delivery-summary";
import styles from "./news.module.css";

interface NewsUpdateListProps {
  updates: OrganizerNewsRow[];
  progress: Map<string, NewsDeliveryProgress>;
  /** The update open in the editor, marked in the list. */
  editingId: string | null;
}

/** Every update, drafts first: its title, whether it is published, and how its email is going. */
export async function NewsUpdateList({ updates, progress, editingId }: NewsUpdateListProps) {
  const t = await getTranslations("OrganizerNews.list");
  const locale = await getLocale();
  return (
    <section aria-labelledby="news-list-heading">
      <h2 id="news-list-heading">{t("heading")}</h2>
      {updates.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className={table.scroll} role="region" aria-labelledby="news-list-caption" tabIndex={0}>
          <table className={table.table}>
            <caption id="news-list-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("title")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("email")}</th>
              </tr>
            </thead>
            <tbody>
              {updates.map((update) => (
                <tr key={update.id}>
                  <td>
                    <Link
                      href={{ pathname: "/organizers/news", query: { update: update.id } }}
                      aria-current={update.id === editingId ? "true" : undefined}
                    >
                      {update.titleEs}
                    </Link>
                  </td>
                  <td className={styles.status}>
                    {update.publishedAt
                      ? t("published", { date: formatNewsDate(update.publishedAt.toISOString(), locale) })
                      : t("draft", { date: formatNewsDate(update.updatedAt.toISOString(), locale) })}
                  </td>
                  <td>
                    <DeliverySummary progress={progress.get(update.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
