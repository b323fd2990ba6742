import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { COUNTS_EXPORT_PATH } from "@/lib/organizers/exports/paths";
import { COUNT_DIMENSIONS, COUNT_FORMATS } from "@/lib/organizers/exports/request";
import styles from "./exports.module.css";
import { PeriodFields } from "./period-fields";

/** A plain GET form straight to the export: the browser downloads the file, no JavaScript needed. */
export async function CountsExportForm() {
  const t = await getTranslations("OrganizerExports");
  return (
    <form method="get" action={COUNTS_EXPORT_PATH} className={styles.form}>
      <div className={styles.fields}>
        <label>
          {t("counts.by")}
          <select name="by" defaultValue="state">
            {COUNT_DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {t(`dimensions.${dimension}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>{t("counts.format")}</legend>
        <div className={styles.choices}>
          {COUNT_FORMATS.map((format) => (
            <label key={format}>
              <input type="radio" name="format" value={format} defaultChecked={format === "csv"} />
              {t(`formats.${format}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <PeriodFields />
      <button type="submit" className={buttonClass()}>
        {t("counts.submit")}
      </button>
    </form>
  );
}
