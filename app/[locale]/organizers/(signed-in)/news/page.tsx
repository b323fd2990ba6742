import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScopedMessages } from "@/components/i18n/scoped-messages";
import { NewsEditorPanel } from "@/components/organizers/news/news-editor-panel";
import { NewsUpdateList } from "@/components/organizers/news/news-update-list";
import { newsDone } from "@/components/organizers/news/done";
import { db } from "@/lib/db";
import { isDatabaseOutage, reportBug, reportOutage } from "@/lib/errors";
import { loadNewsEditor } from "@/lib/news/organizer-page";
import { newsId } from "@/lib/news/schema";
import { requireOrganizer } from "@/lib/organizers/current";
import { pageLocale } from "@/i18n/page-locale";
import text from "@/components/ui/text.module.css";
import form from "@/components/ui/form.module.css";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/organizers/news">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganizerNews" });
  return { title: t("title") };
}

// One static route: ?update=<id> opens an update in the editor, ?done=… says what just happened.
export default async function OrganizerNewsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/organizers/news">) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale);
  const t = await getTranslations("OrganizerNews");
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const requested = first(query.update);
  const data = await loadNewsEditor(db(), newsId(requested)).catch((error: unknown) => {
    if (!isDatabaseOutage(error)) throw reportBug("OrganizerNewsPage", error);
    reportOutage("OrganizerNewsPage", error);
    return null;
  });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      {data ? (
        <>
          <ScopedMessages namespaces={["OrganizerNews"]}>
            <NewsEditorPanel
              editing={data.editing}
              missing={requested !== undefined && data.editing === null}
              audience={data.audience}
              progress={data.editing ? data.progress.get(data.editing.id) : undefined}
              done={newsDone(first(query.done))}
            />
          </ScopedMessages>
          <NewsUpdateList
            updates={data.updates}
            progress={data.progress}
            editingId={data.editing?.id ?? null}
          />
        </>
      ) : (
        <p className={form.alert} role="alert">
          {t("unavailable")}
        </p>
      )}
    </>
  );
}
