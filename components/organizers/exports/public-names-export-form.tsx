import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { PUBLIC_NAMES_EXPORT_PATH } from "@/lib/organizers/exports/paths";
import { NAME_LANGUAGES } from "@/lib/organizers/exports/request";
import styles from "./exports.module.css";
import { PeriodFields } from "./period-fields";

/** A plain GET form straight to the export; place names default to the page's language. */
export async function PublicNamesExportForm() {
  const [t, locale] = await Promise.all([getTranslations("OrganizerExports"), getLocale()]);
  return (
    <form method="get" action={PUBLIC_NAMES_EXPORT_PATH} className={styles.form}>
      <div className={styles.fields}>
        <label>
          {t("publicNames.language")}
          <select name="lang" defaultValue={locale}>
            {NAME_LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PeriodFields />
      <button type="submit" className={buttonClass()}>
        {t("publicNames.submit")}
      </button>
    </form>
  );
}
