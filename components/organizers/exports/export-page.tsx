import { getTranslations } from "next-intl/server";
import form from "@/components/ui/form.module.css";
import type { ExportRequestProblem } from "@/lib/organizers/exports/request";
import { ExportLogTable } from "../export-log-table";
import { CountsExportForm } from "./counts-export-form";
import styles from "./exports.module.css";
import { PublicNamesExportForm } from "./public-names-export-form";

/** The audit log shows this many exports on the exports page. */
const LOG_ENTRIES = 100;

interface ExportPageProps {
  /** Why the last export was refused, if it was. */
  problem?: ExportRequestProblem;
}

export async function ExportPage({ problem }: ExportPageProps) {
  const t = await getTranslations("OrganizerExports");
  return (
    <div className={styles.exports}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {problem && (
        <p className={form.alert} role="alert">
          {t(`errors.${problem}`)}
        </p>
      )}

      <section aria-labelledby="export-counts">
        <h2 id="export-counts">{t("counts.title")}</h2>
        <p>{t("counts.description")}</p>
        <CountsExportForm />
      </section>

      <section aria-labelledby="export-public-names">
        <h2 id="export-public-names">{t("publicNames.title")}</h2>
        <p>{t("publicNames.description")}</p>
        <p className={styles.care}>{t("publicNames.care")}</p>
        <PublicNamesExportForm />
      </section>

      <section aria-labelledby="export-log">
        <h2 id="export-log">{t("log.title")}</h2>
        <p>{t("log.description")}</p>
        <ExportLogTable limit={LOG_ENTRIES} />
      </section>
    </div>
  );
}
