import { useLocale, useTranslations } from "next-intl";
import { formatNewsDate, wasCorrected } from "./news-date";

/** "Publicada el 30 de noviembre de 2026 · Corregida el 2 de diciembre de 2026". */
export function NewsDates({ publishedAt, updatedAt }: { publishedAt: string; updatedAt: string }) {
  const t = useTranslations("NewsPage");
  const locale = useLocale();
  return (
    <>
      {t.rich("published", {
        date: () => <time dateTime={publishedAt}>{formatNewsDate(publishedAt, locale)}</time>,
      })}
      {wasCorrected(publishedAt, updatedAt) && (
        <>
          {" · "}
          {t.rich("corrected", {
            date: () => <time dateTime={updatedAt}>{formatNewsDate(updatedAt, locale)}</time>,
          })}
        </>
      )}
    </>
  );
}
