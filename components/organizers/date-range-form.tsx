import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import form from "@/components/ui/form.module.css";
import type { DateRange, DateRangeError } from "@/lib/organizers/date-range";
import styles from "./date-range-form.module.css";

interface DateRangeFormProps {
  range: DateRange;
  error?: DateRangeError;
  /** The page itself: the form is a GET, so the filtered view has a link of its own. */
  action: string;
}

/** From/to filter as a plain GET form: works without JavaScript and the URL can be shared. */
export async function DateRangeForm({ range, error, action }: DateRangeFormProps) {
  const t = await getTranslations("DateRange");
  return (
    <form method="get" action={action} className={styles.form}>
      <fieldset>
        <legend>{t("legend")}</legend>
        {error && (
          <p className={form.alert} role="alert">
            {t(error)}
          </p>
        )}
        <div className={styles.fields}>
          <label>
            {t("from")}
            <input type="date" name="from" defaultValue={range.from ?? ""} />
          </label>
          <label>
            {t("to")}
            <input type="date" name="to" defaultValue={range.to ?? ""} />
          </label>
          <button type="submit" className={buttonClass("primary", { small: true })}>
            {t("apply")}
          </button>
          {(range.from || range.to) && <a href={action}>{t("clear")}</a>}
        </div>
      </fieldset>
    </form>
  );
}
