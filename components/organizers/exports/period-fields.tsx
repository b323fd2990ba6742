import { getTranslations } from "next-intl/server";
import styles from "./exports.module.css";

/** From/to days of confirmation, both optional; the route handler checks them again. */
export async function PeriodFields() {
  const t = await getTranslations("OrganizerExports");
  return (
    <fieldset>
      <legend>{t("period")}</legend>
      <p className={styles.hint}>{t("periodHint")}</p>
      <div className={styles.fields}>
        <label>
          {t("from")}
          <input type="date" name="from" />
        </label>
        <label>
          {t("to")}
          <input type="date" name="to" />
        </label>
      </div>
    </fieldset>
  );
}
