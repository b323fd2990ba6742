import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { Locale } from "next-intl";
import form from "@/components/ui/form.module.css";
import { Link } from "@/i18n/navigation";
import { siteUrl } from "@/lib/env";
import type { EditableNews } from "@/lib/news/content";
import type { NewsDeliveryProgress } from "@/lib/news/delivery";
import { EMPTY_NEWS_FORM, type NewsFormValues } from "@/lib/news/schema";
import { DeliverySummary } from "./delivery-summary";
import type { NewsDone } from "./done";
import { EmailNewsForm } from "./email-news-form";
import { NewsEditor } from "./news-editor";
import styles from "./news.module.css";

interface NewsEditorPanelProps {
  editing: EditableNews | null;
  /** An update was asked for and does not exist. */
  missing: boolean;
  audience: Record<Locale, number>;
  progress: NewsDeliveryProgress | undefined;
  done: NewsDone | null;
}

function formValues(update: EditableNews): NewsFormValues {
  return {
    id: update.id,
    version: update.updatedAt.toISOString(),
    titleEs: update.titleEs,
    bodyEs: update.bodyEs,
    titleEn: update.titleEn,
    bodyEn: update.bodyEn,
    sendEmail: false,
  };
}

/** The editor of one update (or of a new one), with its address and its email once published. */
export async function NewsEditorPanel({ editing, missing, audience, progress, done }: NewsEditorPanelProps) {
  const t = await getTranslations("OrganizerNews");
  // A new update's id is chosen now, so posting the same form twice finds the first draft.
  const initial = editing ? formValues(editing) : { ...EMPTY_NEWS_FORM, id: randomUUID() };
  const published = editing?.status === "PUBLISHED";
  return (
    <>
      <section aria-labelledby="news-editor-heading" className={styles.panel}>
        <h2 id="news-editor-heading">
          {editing ? t("editHeading", { title: editing.titleEs }) : t("newHeading")}
        </h2>
        {missing && (
          <p className={form.alert} role="alert">
            {t("missing")}
          </p>
        )}
        {editing && (
          <p>
            {published ? (
              <Link href={{ pathname: "/news/[slug]", params: { slug: editing.slug } }}>
                {t("viewPublished")}
              </Link>
            ) : (
              t("draftNote")
            )}{" "}
            <Link href="/organizers/news">{t("newLink")}</Link>
          </p>
        )}
        {published && editing.emailQueuedAt && (
          <p className={styles.delivery}>
            {t("deliveryLabel")} <DeliverySummary progress={progress} />
          </p>
        )}
        <NewsEditor
          // A redirect (saved, published) starts the form afresh from what is stored. A new
          // form's key leaves out its id, which is drawn again whenever the page renders.
          key={editing ? `${editing.id}:${initial.version}:${done ?? ""}` : `new:${done ?? ""}`}
          initial={initial}
          mode={editing ? (published ? "published" : "draft") : "new"}
          publishedAt={editing?.publishedAt?.toISOString() ?? null}
          siteOrigin={new URL(siteUrl()).origin}
          audience={audience}
          done={done}
        />
      </section>
      {published && !editing.emailQueuedAt && <EmailNewsForm updateId={editing.id} audience={audience} />}
    </>
  );
}
