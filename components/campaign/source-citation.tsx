import { useTranslations } from "next-intl";
import { SOURCES, type SourceId } from "@/lib/campaign/sources";

/** "Source: ..." with a link when the source has a public address. */
export function SourceCitation({ source }: { source: SourceId }) {
  const t = useTranslations("Sources");
  const url = SOURCES[source];
  return (
    <span className="source">
      {t("label")} {url ? <a href={url}>{t(source)}</a> : <cite>{t(source)}</cite>}
    </span>
  );
}
